#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/api/openapi.yaml states the limits app/domain/Limits.h builds both client and provider from.

The limits come from a program compiled against Limits.h (limits_json.cpp prints them as JSON), so
this script never parses C++. Each check names a place in the spec (a JSON pointer) and the limit
that must stand there; it fails, naming both, when the numbers differ or the place is gone (if the
spec moved it, move the check with it). Prose that repeats a number ("at most 254 characters") is
checked too, as the text the spec must contain at that place.

Usage: check_openapi_limits.py --limits LIMITS_JSON_PROGRAM --spec docs/api/openapi.yaml
                               [--header app/domain/Limits.h]
"""
import argparse, json, re, subprocess, sys
from pathlib import Path

try:
    import yaml
except ImportError:
    sys.exit('check_openapi_limits: needs PyYAML (Debian: apt-get install python3-yaml; scripts/install-deps.sh does)')

PATCH_PERSONAL = '/paths/~1v1~1me~1personal~1{key}/patch'
PERSONAL_VALUE = PATCH_PERSONAL + '/requestBody/content/application~1json/schema/properties/value'
ATTACHMENTS = '/paths/~1v1~1me~1attachments/put'
SIGN_IN = '/paths/~1oauth~1authorize/post'
SCHEMAS = '/components/schemas'
EXTEND_MONTHS = '/paths/~1test~1requests~1{id}~1status/post/parameters/name=extend_months/schema'
STAFF_ACTIONS = '/paths/~1v1~1staff~1requests~1{id}~1actions/post'
STAFF_ACTION = SCHEMAS + '/StaffAction/properties'
GRANTS = '/paths/~1v1~1staff~1grants/post'
SEARCH_Q = '/paths/~1v1~1staff~1customers/get/parameters/name=q/schema'
WORDS = {1: 'one', 2: 'two', 3: 'three'}


def checks(L):
    """(pointer, expected value) for numbers, lists and sets; ('text', pointer, words) for prose."""
    kib = L['kJsonBodyBytesMax'] // 1024
    mib = L['kAttachmentBytesMax'] // (1024 * 1024)
    return [
        # Personal fields (PATCH /v1/me/personal/{key}): as data and in the operation's words.
        (PERSONAL_VALUE + '/x-max-length/email', L['kEmailMax']),
        (PERSONAL_VALUE + '/x-max-length/mobile', L['kMobileMax']),
        (PERSONAL_VALUE + '/x-max-length/address', L['kAddressMax']),
        (PERSONAL_VALUE + '/x-max-length/other', L['kFieldValueMax']),
        (PERSONAL_VALUE + '/x-mobile-digits/minimum', L['kMobileDigitsMin']),
        (PERSONAL_VALUE + '/x-mobile-digits/maximum', L['kMobileDigitsMax']),
        ('text', PATCH_PERSONAL + '/description', f"at most {L['kEmailMax']} characters"),
        ('text', PATCH_PERSONAL + '/description', f"{L['kMobileDigitsMin']}..{L['kMobileDigitsMax']} digits"),
        ('text', PATCH_PERSONAL + '/description', f"at most {L['kMobileMax']} characters"),
        ('text', PATCH_PERSONAL + '/description', f"`address` 1..{L['kAddressMax']}"),
        ('text', PATCH_PERSONAL + '/description', f"other editable fields 1..{L['kFieldValueMax']} characters"),
        # Requests.
        (SCHEMAS + '/CorrectionRequest/properties/proposed_value/maxLength', L['kProposedValueMax']),
        (SCHEMAS + '/CorrectionRequest/properties/reason/maxLength', L['kReasonMax']),
        (SCHEMAS + '/CancelAccountRequest/properties/reason/maxLength', L['kReasonMax']),
        (SCHEMAS + '/ComplaintRequest/properties/subject/maxLength', L['kSubjectMax']),
        (SCHEMAS + '/ComplaintRequest/properties/message/maxLength', L['kMessageMax']),
        (SCHEMAS + '/DeletionRequest/properties/records/maxItems', L['kDeletionRecordsMax']),
        ('text', SCHEMAS + '/DeletionRequest/description', f"(1..{L['kDeletionRecordsMax']})"),
        # Attachments.
        (SCHEMAS + '/CorrectionRequest/properties/attachments/maxItems', L['kAttachmentsMax']),
        (SCHEMAS + '/Attachment/properties/size/maximum', L['kAttachmentBytesMax']),
        (SCHEMAS + '/Attachment/properties/content_type/enum', set(L['kAttachmentTypes'])),
        (ATTACHMENTS + '/requestBody/content', set(L['kAttachmentTypes'])),
        ('text', ATTACHMENTS + '/description', f'At most {mib} MiB'),
        ('text', ATTACHMENTS + '/responses/413/description', f'Body over {mib} MiB'),
        # Paging.
        ('/components/parameters/Limit/schema/minimum', L['kPageSizeMin']),
        ('/components/parameters/Limit/schema/maximum', L['kPageSizeMax']),
        ('/components/parameters/Limit/schema/default', L['kPageSizeDefault']),
        ('text', '/components/parameters/Limit/description', f"{L['kPageSizeMin']}..{L['kPageSizeMax']}"),
        # Deadlines.
        ('text', SCHEMAS + '/Request/properties/due_at/description', f"{WORDS[L['kDueMonths']]} calendar month"),
        ('text', SCHEMAS + '/Request/properties/extended_due_at/description',
         f"at most {WORDS[L['kExtensionMonthsMax']]} further months"),
        (EXTEND_MONTHS + '/enum', list(range(1, L['kExtensionMonthsMax'] + 1))),
        (EXTEND_MONTHS + '/default', L['kExtensionMonthsMax']),
        # Staff: grants (docs/api/staff.md).
        (SCHEMAS + '/GrantRequest/properties/minutes/default', L['kGrantMinutesDefault']),
        (SCHEMAS + '/GrantRequest/properties/minutes/maximum', L['kGrantMinutesMax']),
        (SCHEMAS + '/Grant/properties/minutes/maximum', L['kGrantMinutesMax']),
        (SCHEMAS + '/GrantRequest/properties/ticket/maxLength', L['kTicketMax']),
        (SCHEMAS + '/Grant/properties/ticket/maxLength', L['kTicketMax']),
        (SCHEMAS + '/GrantRequest/properties/justification/minLength', L['kJustificationMin']),
        (SCHEMAS + '/GrantRequest/properties/justification/maxLength', L['kJustificationMax']),
        (SCHEMAS + '/Grant/properties/justification/minLength', L['kJustificationMin']),
        (SCHEMAS + '/Grant/properties/justification/maxLength', L['kJustificationMax']),
        ('text', GRANTS + '/description', f"default {L['kGrantMinutesDefault']}, at most {L['kGrantMinutesMax']}"),
        ('text', GRANTS + '/description', f"expires unanswered after {L['kPendingGrantHours']} hours"),
        ('text', '/paths/~1v1~1me~1access-settings/put/description', f"or {L['kPendingGrantHours']} hours pass"),
        # Staff: processing a request.
        (STAFF_ACTION + '/question/maxLength', L['kQuestionMax']),
        (STAFF_ACTION + '/reason_text/maxLength', L['kQuestionMax']),
        (STAFF_ACTION + '/reason/maxLength', L['kQuestionMax']),
        (STAFF_ACTION + '/answer/maxLength', L['kAnswerMax']),
        (STAFF_ACTION + '/months/maximum', L['kExtensionMonthsMax']),
        (SCHEMAS + '/ReplyRequest/properties/message/maxLength', L['kAnswerMax']),
        (SCHEMAS + '/ReplyRequest/properties/attachments/maxItems', L['kAttachmentsMax']),
        ('text', STAFF_ACTIONS + '/description', f"`ask_info` `{{question}}` (1..{L['kQuestionMax']})"),
        ('text', STAFF_ACTIONS + '/description', f"1..{L['kAnswerMax']} for a complaint"),
        ('text', STAFF_ACTIONS + '/description', f"closes the account {L['kAccountClosingGraceDays']} days later"),
        ('text', SCHEMAS + '/Request/properties/due_at/description', f"received_at plus {L['kStatutoryDueDays']} days"),
        # Staff: customer search.
        (SEARCH_Q + '/minLength', L['kCustomerSearchMin']),
        (SCHEMAS + '/CustomerSearchResult/properties/items/maxItems', L['kCustomerSearchResultsMax']),
        # JSON bodies.
        ('text', '/info/description', f'Request bodies over {kib} KiB'),
        ('text', '/components/responses/PayloadTooLarge/description', f'Body over {kib} KiB'),
        ('text', ATTACHMENTS + '/description', f'general {kib} KiB'),
        # Requests and connections (checked before any body is read).
        ('text', '/info/description', f"header fields over {L['kHeaderBytesMax'] // 1024} KiB"),
        ('text', '/info/description', f"more than {L['kHeaderFieldsMax']} header fields"),
        ('text', '/info/description', f"over {L['kBufferedBytesTotalMax'] // (1024 * 1024)} MiB is refused with 503"),
        ('text', '/info/description', f"within {L['kHeaderTimeoutS']} s of its first byte"),
        ('text', '/info/description', f"body within {L['kBodyTimeoutS']} s of its headers"),
        ('text', '/info/description', f"idle for {L['kIdleTimeoutS']} s is closed"),
        ('text', '/info/description', f"At most {L['kConnectionsPerAddressMax']} connections from one address"),
        ('text', '/info/description', f"{L['kConnectionsMax']} connections in all"),
        # Sign-in: password guessing and password storage.
        ('text', SIGN_IN + '/description', f"after {L['kSignInFreeFailuresPerAccount']} wrong passwords for one account"),
        ('text', SIGN_IN + '/description', f"or {L['kSignInFreeFailuresPerAddress']} from one address"),
        ('text', SIGN_IN + '/description', f"at most {L['kSignInDelayMaxS']} s"),
        ('text', SIGN_IN + '/description', f"forgotten after {L['kSignInFailureWindowS'] // 3600} hours"),
        ('text', SIGN_IN + '/description', f"{L['kPasswordIterations']:,} iterations"),
        # Attachments: quotas and names.
        ('text', ATTACHMENTS + '/description', f"at most {L['kAttachmentsPerAccountMax']} attachments"),
        ('text', ATTACHMENTS + '/description', f"at most {L['kAttachmentBytesPerAccountMax'] // (1024 * 1024)} MiB in all"),
        ('text', ATTACHMENTS + '/parameters/name=X-Filename/description', f"1..{L['kAttachmentNameMax']} characters"),
        (SCHEMAS + '/Attachment/properties/filename/maxLength', L['kAttachmentNameMax']),
        ('text', '/components/parameters/IdempotencyKey/description',
         f"kept for {L['kIdempotencyRetentionHours']} hours"),
    ]


def resolve(doc, pointer):
    """A JSON pointer (RFC 6901); a segment `name=X` picks the list item whose `name` is X
    (parameters are a list). Raises KeyError naming the first segment that is not there."""
    node, walked = doc, ''
    for raw in pointer.lstrip('/').split('/'):
        seg = raw.replace('~1', '/').replace('~0', '~')
        walked += '/' + raw
        if isinstance(node, list) and seg.startswith('name='):
            found = [item for item in node if isinstance(item, dict) and item.get('name') == seg[5:]]
            if not found:
                raise KeyError(walked)
            node = found[0]
        elif isinstance(node, dict) and seg in node:
            node = node[seg]
        elif isinstance(node, dict) and seg.isdigit() and int(seg) in node:  # YAML keys such as 413
            node = node[int(seg)]
        else:
            raise KeyError(walked)
    return node


def missing(pointer, error):
    first = error.args[0]
    return 'not there' if first == pointer else f'not there (nothing at {first})'


def shorten(text, most=240):
    text = ' '.join(str(text).split())
    return text if len(text) <= most else text[:most] + ' …'


# Constants of Limits.h that openapi.yaml does not state, each with the reason (none today).
UNSTATED = {}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--limits', required=True, help='the limits_json program')
    ap.add_argument('--spec', required=True, type=Path)
    ap.add_argument('--header', type=Path, help='Limits.h: every constant in it must be checked here')
    args = ap.parse_args()

    L = json.loads(subprocess.run([args.limits], check=True, capture_output=True, text=True).stdout)
    doc = yaml.load(args.spec.read_text(encoding='utf-8'), Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader))
    errors, n = [], 0

    if args.header:
        declared = set(re.findall(r'inline\s+constexpr\s+[^=;]*?\b(k[A-Z]\w*)\s*(?:\[\])?\s*=', args.header.read_text()))
        for name in sorted(declared - set(L) - set(UNSTATED)):
            errors.append(f'{args.header.name} declares {name}, which limits_json.cpp does not print: '
                          f'print it there and check it here (or say here why the spec does not state it)')

    for check in checks(L):
        n += 1
        if check[0] == 'text':
            _, pointer, words = check
            try:
                text = resolve(doc, pointer)
            except KeyError as e:
                errors.append(f'{args.spec.name}: {pointer}: {missing(pointer, e)}; expected text saying "{words}"')
                continue
            if words not in str(text):
                errors.append(f'{args.spec.name}: {pointer}: text does not say "{words}" (Limits.h); it says: '
                              f'{shorten(text)}')
            continue
        pointer, want = check
        try:
            got = resolve(doc, pointer)
        except KeyError as e:
            errors.append(f'{args.spec.name}: {pointer}: {missing(pointer, e)}; expected {want!r} from Limits.h')
            continue
        if isinstance(want, set):
            got = set(got) if isinstance(got, (list, dict)) else got
        if got != want:
            errors.append(f'{args.spec.name}: {pointer} is {got!r}, Limits.h says {want!r}')

    for e in errors:
        print('FAIL', e)
    print(f'{n} limit checks, {len(errors)} problem(s)')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
