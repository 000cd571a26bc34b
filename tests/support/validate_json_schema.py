#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates a JSON file against a JSON Schema (draft 2020-12) with Debian's python3-jsonschema.

Usage: validate_json_schema.py SCHEMA INSTANCE
Exit 0 when valid, 1 with every violation on stderr when not, 2 when a file cannot be read or the
schema itself is not a valid schema.
"""
import json
import sys

import jsonschema


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            schema = json.load(f)
        with open(argv[2], encoding="utf-8") as f:
            instance = json.load(f)
    except (OSError, ValueError) as e:
        print(f"cannot read: {e}", file=sys.stderr)
        return 2
    validator_class = jsonschema.validators.validator_for(schema)
    try:
        validator_class.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        print(f"not a valid schema: {e.message}", file=sys.stderr)
        return 2
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    for e in errors:
        path = "/".join(str(p) for p in e.absolute_path)
        print(f"{argv[2]}: /{path}: {e.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
