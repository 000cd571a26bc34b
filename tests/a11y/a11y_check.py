#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads Privacy Dashboard the way a screen reader does, over AT-SPI, and fails on what would
leave a screen-reader user stuck.

Run by run-a11y-check.sh (Xvfb, private D-Bus session, AT-SPI bus, signed-in dashboard); run it
with /usr/bin/python3, the interpreter that has pyatspi (python3-pyatspi). See docs/accessibility.md.

What it does, in order:
  1. finds the application by process id (retrying while it registers) and waits until it is
     signed in and has synced (the tab list is on screen, nothing is being fetched);
  2. selects every page tab (and every tab of tab lists inside a page) through the tab's AT-SPI
     action, and reads the window each time: role, name, description, states, relations, actions,
     table headers (big tables are sampled: headers and the first rows, never all children);
  3. opens every dialog the menus and pages offer (menu items and buttons whose text ends with an
     ellipsis, Help > About, and F1 from the keyboard), reads it, and closes it with Escape;
  4. checks that announcements reach AT-SPI as events: F5 starts a sync, a NOTIFICATION object
     is shown when it starts and when it ends; a request's new status and a new security incident
     (added through the provider's test hooks) are announced at the next F5; with the provider stopped, F5 ends in an offline
     notification; with the provider back, the banner's Retry button ends in a good one;
  5. writes the whole tree to --tree, prints what it checked and every finding, and exits 1 when
     anything fails (0 when all is well, 2 when the check itself could not run).

With --staff (signed in as the supervisor kim) steps 1 and 4 differ: it waits until the staff
workspace has fetched the request queue, waits on each page until its tables have their rows (the
audit log and the refusal log book are fetched when opened), and instead of the customer's
announcements it opens a request from the queue with Enter (the processing dialog), finds alice on
the Customers page, reads the access-grant dialog, asks for access and reads her data read-only in
the staff frame (each of its tabs), then ends the access with Ctrl+W.

Findings can be listed as known in --known (one "rule  location-substring" per line); they are
then reported but do not fail. A listed entry that no longer matches anything fails, so the list
shrinks as defects are fixed. --expect RULE,... is for the self-test against a deliberately broken
app: it succeeds only when every listed rule fires.
"""

import argparse
import ctypes
import ctypes.util
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request

try:
    import pyatspi
    from gi.repository import Gio, GLib
except ImportError as e:  # the wrapper checks this too; say it plainly if run by hand
    sys.stderr.write("a11y: needs /usr/bin/python3 with python3-pyatspi (%s)\n" % e)
    sys.exit(2)

# ---------------------------------------------------------------------------------------------
# Policy: which roles must have a name, which are fields that need a label.

# Controls a screen reader announces by name; nameless ones are read as "push button", "check box".
NAMED_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
    "password text", "spin button", "slider", "table", "tree table", "tree", "list", "page tab",
    "page tab list", "menu item", "check menu item", "radio menu item", "notification", "dialog",
    "alert", "progress bar", "date editor", "link",
}
# Fields the user fills in: their name must come from a visible label.
FIELD_ROLES = {"text", "entry", "password text", "spin button", "combo box", "slider", "date editor"}
# Containers whose children can be counted in thousands: sample them.
BIG_ROLES = {"table", "tree table", "tree", "list"}
SAMPLE_ROWS = 3          # data rows read from each table
SAMPLE_LIST_ITEMS = 20   # items read from each list or tree
# Action names every focusable Qt widget has; anything else on a label makes it a fake button.
PASSIVE_ACTIONS = {"setfocus", "set focus"}
TEXT_LABEL_ROLES = {"label", "check box", "radio button", "static"}

ELLIPSIS = ("\u2026", "...")

KEY_F1, KEY_F5, KEY_ESCAPE, KEY_RETURN, KEY_DOWN = 0xFFBE, 0xFFC2, 0xFF1B, 0xFF0D, 0xFF54
MOD_CONTROL = 1 << 2


def log(msg):
    sys.stdout.write("a11y: %s\n" % msg)
    sys.stdout.flush()


def norm(text):
    """Text as a person hears it: no mnemonic ampersand, no trailing colon or ellipsis."""
    t = (text or "").replace("&&", "\x01").replace("&", "").replace("\x01", "&")
    t = t.strip().rstrip(":\uff1a").rstrip("\u2026").rstrip(".").strip()
    return " ".join(t.split()).casefold()


class CheckError(Exception):
    """The check itself could not go on (not a finding about the app)."""


# ---------------------------------------------------------------------------------------------
# Talking to the session: GLib main context, X focus, asynchronous actions, keys.

CTX = GLib.MainContext.default()


def pump(seconds, until=None, step=0.02):
    """Lets AT-SPI events arrive for up to `seconds`; stops early when until() is true."""
    deadline = time.monotonic() + seconds
    while True:
        while CTX.pending():
            CTX.iteration(False)
        if until is not None:
            try:
                if until():
                    return True
            except GLib.Error:
                pass
        if time.monotonic() >= deadline:
            return False
        time.sleep(step)


class XDisplay:
    """The little of Xlib needed to give a window keyboard focus. There is no window manager
    under Xvfb, so nobody else does it, and AT-SPI's generated keys go to the focused window."""

    def __init__(self):
        path = ctypes.util.find_library("X11") or "libX11.so.6"
        x = self.x = ctypes.CDLL(path)
        W = ctypes.c_ulong
        x.XOpenDisplay.restype = ctypes.c_void_p
        x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x.XDefaultRootWindow.restype = W
        x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        x.XQueryTree.argtypes = [ctypes.c_void_p, W, ctypes.POINTER(W), ctypes.POINTER(W),
                                 ctypes.POINTER(ctypes.POINTER(W)), ctypes.POINTER(ctypes.c_uint)]
        x.XInternAtom.restype = W
        x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x.XGetWindowProperty.argtypes = [
            ctypes.c_void_p, W, W, ctypes.c_long, ctypes.c_long, ctypes.c_int, W, ctypes.POINTER(W),
            ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong),
            ctypes.POINTER(ctypes.c_void_p)]
        x.XFree.argtypes = [ctypes.c_void_p]
        x.XFetchName.argtypes = [ctypes.c_void_p, W, ctypes.POINTER(ctypes.c_void_p)]
        x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, W, ctypes.c_void_p]
        x.XSetInputFocus.argtypes = [ctypes.c_void_p, W, ctypes.c_int, ctypes.c_ulong]
        x.XRaiseWindow.argtypes = [ctypes.c_void_p, W]
        x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.dpy = x.XOpenDisplay(None)
        if not self.dpy:
            raise CheckError("cannot open the X display %r" % os.environ.get("DISPLAY"))
        self.root = x.XDefaultRootWindow(self.dpy)
        self.pid_atom = x.XInternAtom(self.dpy, b"_NET_WM_PID", 0)

    def _pid(self, w):
        x = self.x
        t, fmt, n, after, data = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        x.XGetWindowProperty(self.dpy, w, self.pid_atom, 0, 1, 0, 6, ctypes.byref(t), ctypes.byref(fmt),
                             ctypes.byref(n), ctypes.byref(after), ctypes.byref(data))
        pid = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))[0] if data.value and n.value else None
        if data.value:
            x.XFree(data)
        return pid

    def _name(self, w):
        p = ctypes.c_void_p()
        if not self.x.XFetchName(self.dpy, w, ctypes.byref(p)) or not p.value:
            return ""
        name = ctypes.string_at(p.value).decode("utf-8", "replace")
        self.x.XFree(p)
        return name

    class _Attributes(ctypes.Structure):  # XWindowAttributes
        _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int), ("height", ctypes.c_int),
                    ("border_width", ctypes.c_int), ("depth", ctypes.c_int), ("visual", ctypes.c_void_p),
                    ("root", ctypes.c_ulong), ("class_", ctypes.c_int), ("bit_gravity", ctypes.c_int),
                    ("win_gravity", ctypes.c_int), ("backing_store", ctypes.c_int),
                    ("backing_planes", ctypes.c_ulong), ("backing_pixel", ctypes.c_ulong),
                    ("save_under", ctypes.c_int), ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                    ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                    ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                    ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]

    def _viewable(self, w):
        attrs = self._Attributes()
        if not self.x.XGetWindowAttributes(self.dpy, w, ctypes.byref(attrs)):
            return False
        return attrs.map_state == 2  # IsViewable

    def focus(self, pid, title=None):
        """Focuses the topmost mapped window of `pid` (the one titled `title` if there is one)."""
        x = self.x
        W = ctypes.c_ulong
        r, p, n = W(), W(), ctypes.c_uint()
        ch = ctypes.POINTER(W)()
        if not x.XQueryTree(self.dpy, self.root, ctypes.byref(r), ctypes.byref(p), ctypes.byref(ch), ctypes.byref(n)):
            return False
        mine = [ch[i] for i in range(n.value) if self._pid(ch[i]) == pid and self._viewable(ch[i])]
        if ch:
            x.XFree(ch)
        if not mine:
            return False
        chosen = mine[-1]  # stacking order: last is on top
        if title:
            titled = [w for w in mine if self._name(w) == title]
            if titled:
                chosen = titled[-1]
        x.XRaiseWindow(self.dpy, chosen)
        x.XSetInputFocus(self.dpy, chosen, 2, 0)  # RevertToParent, CurrentTime
        x.XSync(self.dpy, 0)
        return True


class Session:
    def __init__(self, pid):
        self.pid = pid
        self.app = None
        self.a11y_bus = None
        self.x = XDisplay()

    def find_app(self, timeout):
        def look():
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                a = desktop.getChildAtIndex(i)
                if a is not None and a.get_process_id() == self.pid:
                    self.app = a
                    return True
            return False
        if not pump(timeout, look, step=0.25):
            raise CheckError("the dashboard (pid %d) did not appear on the AT-SPI bus within %d s "
                             "(is QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 set and the AT-SPI bus running?)" % (self.pid, timeout))
        sess = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        addr = sess.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress", None,
                              GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, 5000, None).unpack()[0]
        self.a11y_bus = Gio.DBusConnection.new_for_address_sync(
            addr, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
        return self.app

    def windows(self):
        out = []
        for i in range(self.app.childCount):
            w = self.app.getChildAtIndex(i)
            if w is not None:
                out.append(w)
        return out

    def do_action(self, acc, name):
        """Runs the action called `name` without waiting for its answer: an action that opens a
        modal dialog with exec() answers only when the dialog closes."""
        try:
            action = acc.queryAction()
        except NotImplementedError:
            return False
        names = [action.getName(i) for i in range(action.nActions)]
        lowered = [n.lower() for n in names]
        if name.lower() not in lowered:
            return False
        self.a11y_bus.call(acc.app.bus_name if acc.app else self.app.app.bus_name, acc.path,
                           "org.a11y.atspi.Action", "DoAction", GLib.Variant("(i)", (lowered.index(name.lower()),)),
                           None, Gio.DBusCallFlags.NONE, 60000, None, lambda *a: None, None)
        return True

    def key(self, keysym, window_title=None, modifiers=0):
        """Presses a key (with modifiers, e.g. MOD_CONTROL) in the window titled window_title."""
        self.x.focus(self.pid, window_title)
        pump(0.3)
        registry = pyatspi.Registry
        if modifiers:
            registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_LOCKMODIFIERS)
        try:
            registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
        finally:
            if modifiers:
                registry.generateKeyboardEvent(modifiers, None, pyatspi.KEY_UNLOCKMODIFIERS)


# ---------------------------------------------------------------------------------------------
# Reading one object.

def states_of(acc):
    try:
        return {s.value_nick for s in acc.getState().getStates()}
    except (GLib.Error, AttributeError):
        return set()


def actions_of(acc):
    try:
        a = acc.queryAction()
        return [a.getName(i) for i in range(a.nActions)]
    except (NotImplementedError, GLib.Error):
        return []


def relations_of(acc):
    out = []
    try:
        for r in acc.getRelationSet():
            targets = []
            for k in range(r.getNTargets()):
                t = r.getTarget(k)
                if t is not None:
                    targets.append(t)
            out.append((r.getRelationType().value_nick, targets))
    except GLib.Error:
        pass
    return out


class Node:
    __slots__ = ("acc", "role", "name", "desc", "states", "count", "path", "parent", "index", "chain")

    def __init__(self, acc, parent, index, prefix=""):
        self.acc = acc
        self.role = acc.getRoleName()
        self.name = acc.name or ""
        self.desc = acc.description or ""
        self.states = states_of(acc)
        self.count = acc.childCount
        self.path = acc.path
        self.parent = parent
        self.index = index
        # Where a person could find it: the named ancestors, then the object itself.
        own = "%s %r" % (self.role, self.name)
        if parent is None:
            self.chain = prefix + own
        else:
            named = parent.chain if (parent.name or parent.parent is None) else parent.chain.rsplit(" > ", 1)[0] \
                if parent.chain.endswith(" ''") else parent.chain
            self.chain = named + " > " + own

    @property
    def showing(self):
        return "showing" in self.states


# ---------------------------------------------------------------------------------------------
# The checker.

class Finding:
    def __init__(self, rule, view, node, message, hidden=False):
        self.rule, self.view, self.message, self.hidden = rule, view, message, hidden
        self.where = node.chain if node is not None else ""
        self.path = node.path if node is not None else None
        self.known = False

    def line(self):
        tag = "KNOWN " if self.known else ("hidden " if self.hidden else "")
        return "%s[%s] %s: %s\n        at %s" % (tag, self.rule, self.view, self.message, self.where)


class Checker:
    def __init__(self, session, tree_file, known):
        self.s = session
        self.tree = tree_file
        self.known = known  # list of (rule, substring, text)
        self.findings = []
        self.seen = {}          # (view-independent) path -> set of rules already reported
        self.checked = set()    # paths run through the rules
        self.read = 0           # objects read (with repeats across views)
        self.views = []
        self.events = []        # (time, type, role, name, detail1, path)
        self.notif_names = {}   # path -> last name announced by a name-change event
        self.notes = []

    # -- reporting ---------------------------------------------------------------------------
    def add(self, rule, view, node, message, hidden=False):
        key = (rule, node.path if node is not None else view, message if node is None else "", hidden)
        if key in self.seen:
            return
        self.seen[key] = True
        self.findings.append(Finding(rule, view, node, message, hidden))

    def note(self, text, key=None):
        key = key or text
        if key not in self.seen:
            self.seen[key] = True
            self.notes.append(text)

    def write(self, text):
        self.tree.write(text + "\n")

    # -- events ------------------------------------------------------------------------------
    def listen(self):
        def on_event(e):
            try:
                src = e.source
                role, name, path = src.getRoleName(), src.name or "", src.path
            except Exception:  # the object may be gone already
                return
            if e.type.startswith("object:property-change:accessible-name") and role == "notification":
                any_data = e.any_data if isinstance(e.any_data, str) else name
                self.notif_names[path] = any_data
            text = name
            if role == "notification" and e.type.startswith("object:state-changed:showing"):
                text = self.notif_names.get(path) or name
            self.events.append((time.monotonic(), e.type, role, text, e.detail1, path))
        self._listener = on_event
        for kind in ("object:state-changed:showing", "object:property-change:accessible-name", "window:",
                     "object:state-changed:focused", "focus:"):
            pyatspi.Registry.registerEventListener(on_event, kind)
        pump(0.5)  # the app learns about the listeners from the registry

    def notifications_since(self, t0):
        return [(t, text) for (t, kind, role, text, d1, _p) in self.events
                if t >= t0 and role == "notification" and kind.startswith("object:state-changed:showing") and d1 == 1]

    # -- walking -----------------------------------------------------------------------------
    def walk(self, acc, view, full, parent=None, index=0, depth=0, in_combo=False, prefix=""):
        """Reads `acc` and its children. full=False skips the inside of objects not on screen."""
        try:
            node = Node(acc, parent, index, prefix)
        except GLib.Error:
            return None
        self.read += 1
        self.dump(node, depth)
        self.check(node, view, in_combo)
        if node.role in ("table", "tree table"):
            self.check_table(node, view, depth)
            return node
        if node.count == 0:
            return node
        if not full and not node.showing and parent is not None:
            self.write("  " * (depth + 1) + "[not on screen: %d children not read]" % node.count)
            return node
        limit = node.count
        if node.role in BIG_ROLES and node.count > SAMPLE_LIST_ITEMS:
            limit = SAMPLE_LIST_ITEMS
        for i in range(limit):
            try:
                child = acc.getChildAtIndex(i)
            except GLib.Error:
                continue
            if child is not None:
                self.walk(child, view, full, node, i, depth + 1, in_combo or node.role == "combo box")
        if limit < node.count:
            self.write("  " * (depth + 1) + "[sampled: %d more children not read]" % (node.count - limit))
        return node

    def dump(self, node, depth):
        acc = node.acc
        states = sorted(s for s in node.states if s in (
            "showing", "focusable", "focused", "selected", "checked", "editable", "read-only", "sensitive",
            "expanded", "collapsed", "modal", "active", "selectable", "multi-line", "required", "invalid-entry"))
        extra = ""
        rels = relations_of(acc)
        if rels:
            extra += " rel[" + "; ".join("%s %s" % (k, ", ".join(repr(t.name or "") for t in ts)) for k, ts in rels) + "]"
        acts = [a for a in actions_of(acc) if a.lower() not in PASSIVE_ACTIONS]
        if acts:
            extra += " actions[" + ", ".join(acts) + "]"
        desc = " desc=%r" % node.desc if node.desc else ""
        self.write("%s%s %r%s {%s}%s" % ("  " * depth, node.role, node.name, desc, " ".join(states), extra))

    def check(self, node, view, in_combo):
        hidden = not node.showing
        self.checked.add(node.path)
        role, name = node.role, node.name.strip()
        # Hidden objects are reported as notes (they get their text when shown, e.g. the banner's
        # action button); menu items count even in a closed menu.
        note = hidden and not role.endswith("menu item")

        if not name:
            if role in NAMED_ROLES and not (role == "list" and in_combo) and role != "combo box":
                hint = " (its tooltip says %r: use it as the accessible name)" % node.desc if node.desc else ""
                what = "icon-only or empty button" if role in ("push button", "toggle button") else role
                self.add("nameless-control", view, node, "%s without a name%s" % (what, hint), note)
            elif "focusable" in node.states and role not in ("table cell", "list item", "tree item", "label",
                                                            "combo box") and not in_combo:
                self.add("nameless-focusable", view, node, "focusable %s without a name" % role, note)

        if role in FIELD_ROLES and not in_combo and not hidden:
            self.check_label(node, view, note)

        if role in ("label", "static"):
            acts = [a for a in actions_of(node.acc) if a.lower() not in PASSIVE_ACTIONS]
            if acts:
                self.add("clickable-label", view, node,
                         "label with action(s) %s: a clickable label posing as a button; use a QPushButton "
                         "(or QCommandLinkButton) so it is announced as a button" % ", ".join(acts), note)

    def check_label(self, node, view, note):
        """A field's name must be what its visible label says (a buddy label gives both)."""
        labelled_by = [t for k, ts in relations_of(node.acc) if k == "labelled-by" for t in ts]
        if node.role == "combo box":
            # On Linux Qt names a combo box by its current text and says its label through the
            # labelled-by relation (QLabel::setBuddy); Orca reads "Kind: combo box All kinds".
            if not labelled_by:
                self.add("field-without-label", view, node,
                         "combo box has no labelled-by relation: Orca says only its current value; give it a "
                         "QLabel with setBuddy() in the same parent widget", note)
            return
        if not node.name.strip():
            self.add("field-without-label", view, node, "%s without a name" % node.role, note)
            return
        if labelled_by:
            label = labelled_by[0].name or ""
            if norm(label) and norm(label) not in norm(node.name):
                self.add("label-not-in-name", view, node,
                         "%s is labelled %r on screen but named %r: the name must contain the visible label "
                         "(WCAG 2.5.3), best by leaving the name to the buddy label" % (node.role, label, node.name), note)
            return
        # Same text as a label on screen in the same window: fine (QFormLayout does this).
        visible = self.visible_texts(node)
        if norm(node.name) in visible:
            return
        prev = self.previous_text(node)
        if prev and norm(prev) and norm(prev) in norm(node.name):
            # WCAG 2.5.3 "label in name": the visible text is part of the name. Acceptable, but the
            # relation is missing, so say so in the notes.
            self.note("%s %r is named in code (setAccessibleName), not by a buddy label; the visible "
                      "text %r next to it is part of the name (label in name). At %s"
                      % (node.role, node.name, prev, node.chain))
            return
        self.add("field-label-not-name", view, node,
                 "%s named %r has no label: no labelled-by relation and no visible label with that text%s; "
                 "put a QLabel with setBuddy() next to it in the same parent widget"
                 % (node.role, node.name, " (the text before it is %r)" % prev if prev else ""), note)

    def visible_texts(self, node):
        """Normalised texts of labels, check boxes and radio buttons in the field's window."""
        top = node
        while top.parent is not None and top.parent.parent is not None:
            top = top.parent
        cache = getattr(self, "_texts", {})
        self._texts = cache
        key = (top.path, self.views[-1] if self.views else "")
        if key not in cache:
            texts = set()

            def collect(acc, depth=0):
                if depth > 30:
                    return
                try:
                    role = acc.getRoleName()
                    if role in TEXT_LABEL_ROLES and "showing" in states_of(acc) and acc.name:
                        texts.add(norm(acc.name))
                    if role in BIG_ROLES or "showing" not in states_of(acc):
                        return
                    for i in range(acc.childCount):
                        c = acc.getChildAtIndex(i)
                        if c is not None:
                            collect(c, depth + 1)
                except GLib.Error:
                    pass
            collect(top.acc)
            cache[key] = texts
        return cache[key]

    def previous_text(self, node):
        if node.parent is None or node.index == 0:
            return ""
        try:
            for i in range(node.index - 1, -1, -1):
                sib = node.parent.acc.getChildAtIndex(i)
                if sib is not None and sib.getRoleName() in TEXT_LABEL_ROLES and sib.name:
                    return sib.name
        except GLib.Error:
            pass
        return ""

    def check_table(self, node, view, depth):
        acc = node.acc
        pad = "  " * (depth + 1)
        try:
            table = acc.queryTable()
            rows, cols = table.nRows, table.nColumns
        except (NotImplementedError, GLib.Error):
            self.add("table-interface", view, node, "table without the AT-SPI Table interface", not node.showing)
            return
        note = not node.showing
        headers = []
        for c in range(min(cols, 60)):
            text = ""
            try:
                h = table.getColumnHeader(c) if rows > 0 else None
                text = (h.name if h is not None else "") or table.getColumnDescription(c) or ""
            except GLib.Error:
                pass
            headers.append(text)
        missing = [str(c + 1) for c, h in enumerate(headers) if not h.strip()]
        if missing:
            self.add("table-column-header", view, node,
                     "column(s) %s of %d have no header: Orca cannot say what a column means; give the model "
                     "headerData() for Qt::Horizontal" % (", ".join(missing), cols), note)
        if cols == 0:
            self.add("table-column-header", view, node, "table has no columns at all", note)
        self.write("%s[table: %d rows x %d columns; headers: %s]" % (pad, rows, cols, " | ".join(headers)))
        for r in range(min(rows, SAMPLE_ROWS)):
            cells = []
            for c in range(min(cols, 60)):
                try:
                    cell = table.getAccessibleAt(r, c)
                    text = cell.name if cell is not None else ""
                except GLib.Error:
                    text = ""
                cells.append(text or "")
                self.read += 1
                if c == 0 and not (text or "").strip():
                    self.add("table-first-cell", view, node,
                             "row %d starts with an empty cell: Orca reads the row from its first cell, so "
                             "it should say what the row is" % (r + 1), note)
                t = (text or "").strip()
                if re.fullmatch(r"-?\d{5,}", t):
                    self.add("table-bare-number", view, node,
                             "column %r shows the bare number %r: give it a unit and digit grouping in words "
                             "(Qt::AccessibleTextRole or DisplayRole), e.g. \"2.5 GB\"" % (headers[c] if c < len(headers) else c, t), note)
                if re.match(r"\d{4}-\d\d-\d\d([T ]\d\d:\d\d|$)", t):
                    self.add("table-raw-date", view, node,
                             "column %r shows %r: format dates for the user's locale (QLocale)" % (headers[c] if c < len(headers) else c, t), note)
            self.write("%s[row %d: %s]" % (pad, r + 1, " | ".join(cells)))
            self.checked.add("%s#row%d" % (node.path, r))
        if rows > SAMPLE_ROWS:
            self.write("%s[sampled: %d more rows not read]" % (pad, rows - SAMPLE_ROWS))

    # -- views -------------------------------------------------------------------------------
    def view(self, title, root, full=False):
        self.views.append(title)
        self.write("")
        self.write("=== %s ===" % title)
        before = self.read
        # Where the root is: its named ancestors up to the window, so findings can be located.
        names = []
        try:
            a = root.parent
            while a is not None and a.getRoleName() != "application" and len(names) < 40:
                if a.name:
                    names.append("%s %r" % (a.getRoleName(), a.name))
                a = a.parent
        except GLib.Error:
            pass
        prefix = "".join(n + " > " for n in reversed(names))
        self.walk(root, title, full, prefix=prefix)
        log("%-48s %4d objects read" % (title, self.read - before))


# ---------------------------------------------------------------------------------------------
# Finding things in the live tree.

def find_all(acc, pred, max_depth=40, depth=0, out=None, showing_only=False):
    """Depth-first search that never enters tables, trees or lists."""
    if out is None:
        out = []
    try:
        role = acc.getRoleName()
        if pred(acc, role):
            out.append(acc)
        if role in BIG_ROLES or depth >= max_depth:
            return out
        if showing_only and depth > 0 and "showing" not in states_of(acc):
            return out
        for i in range(acc.childCount):
            c = acc.getChildAtIndex(i)
            if c is not None:
                find_all(c, pred, max_depth, depth + 1, out, showing_only)
    except GLib.Error:
        pass
    return out


def main_window(session):
    for w in session.windows():
        try:
            if w.getRoleName() == "frame":
                return w
        except GLib.Error:
            pass
    raise CheckError("the dashboard has no main window on the AT-SPI bus")


def page_tab_lists(root, showing_only=True):
    return find_all(root, lambda a, r: r == "page tab list" and "showing" in states_of(a), showing_only=showing_only)


def main_tab_list(frame):
    lists = page_tab_lists(frame)
    if not lists:
        return None
    # The outermost one: fewest ancestors.
    def depth(a):
        d = 0
        while a is not None and d < 60:
            a = a.parent
            d += 1
        return d
    return min(lists, key=depth)


def tabs_of(tab_list):
    out = []
    for i in range(tab_list.childCount):
        t = tab_list.getChildAtIndex(i)
        if t is not None and t.getRoleName() == "page tab":
            out.append(t)
    return out


def status_text(frame):
    bars = find_all(frame, lambda a, r: r == "status bar")
    texts = []
    for b in bars:
        for l in find_all(b, lambda a, r: r == "label" and "showing" in states_of(a)):
            texts.append(l.name or "")
    return " | ".join(texts)


def is_syncing(frame):
    return bool(find_all(frame, lambda a, r: r == "progress bar" and "showing" in states_of(a), showing_only=True))


# ---------------------------------------------------------------------------------------------
# Steps.

def wait_signed_in(s, timeout):
    """Signed in and synced: the page tab list is on screen and no sync progress is showing."""
    state = {}

    def ready():
        frame = main_window(s)
        tl = main_tab_list(frame)
        state["status"] = status_text(frame)
        return tl is not None and not is_syncing(frame) and "synced" in state["status"].lower() \
            and "not synced" not in state["status"].lower()
    if not pump(timeout, ready, step=0.5):
        raise CheckError("not signed in and synced after %d s; status bar: %r" % (timeout, state.get("status")))
    log("signed in; status bar: %s" % state["status"])


def is_current(tab):
    """Qt 6.4 gives a page tab no "selected" state; its tab list is named after the current tab."""
    if "selected" in states_of(tab):
        return True
    try:
        parent = tab.parent
        return parent is not None and parent.name == tab.name and bool(tab.name)
    except GLib.Error:
        return False


def select_tab(s, tab):
    if is_current(tab):
        return True
    if not s.do_action(tab, "Press") and not s.do_action(tab, "Click"):
        return False
    return pump(5, lambda: is_current(tab))


def exercise_fields(s, c, frame, view):
    """Types into fields that have buttons inside (a line edit's clear button appears only when
    there is text), reads them, and puts the old text back."""
    fields = find_all(frame, lambda a, r: r in ("text", "entry") and a.childCount > 0
                      and {"showing", "editable"} <= states_of(a), showing_only=True)
    for f in fields:
        try:
            editable = f.queryEditableText()
            text = f.queryText()
            old = text.getText(0, -1)
        except (NotImplementedError, GLib.Error):
            continue
        try:
            editable.setTextContents((old or "") + "a")

            def inner_showing():
                return any("showing" in states_of(f.getChildAtIndex(i)) for i in range(f.childCount))
            pump(2, inner_showing)
            pump(0.2)
            c.view("%s, with text typed into %s %r" % (view, f.getRoleName(), f.name), f)
        finally:
            editable.setTextContents(old or "")
            pump(0.3)


def walk_tabs(s, c, frame, settle=None):
    """Selects every page tab (and inner tab) and reads the window each time. settle(frame), when
    given, waits after each selection until the page has what it fetches on opening."""
    tl = main_tab_list(frame)
    if tl is None:
        raise CheckError("no page tab list on screen")
    tabs = tabs_of(tl)
    log("%d page tabs: %s" % (len(tabs), ", ".join(repr(t.name) for t in tabs)))
    if len(tabs) < 2:
        c.add("tabs", "tabs", None, "expected several page tabs, found %d" % len(tabs))
    first = True
    for i, tab in enumerate(tabs):
        title = tab.name or "#%d" % (i + 1)
        if not select_tab(s, tab):
            c.add("tab-select", "tab %r" % title, None, "could not select the tab through AT-SPI (Press action)")
            continue
        pump(0.3)
        if settle is not None:
            settle(frame)
        c.view("tab %d %r" % (i + 1, title), frame, full=first)
        exercise_fields(s, c, frame, "tab %d %r" % (i + 1, title))
        first = False
        # Tabs inside the page (Usage: Servers, Domain activity).
        for inner in page_tab_lists(frame):
            if inner.path == tl.path:
                continue
            for j, sub in enumerate(tabs_of(inner)):
                if j == 0 and is_current(sub):
                    continue  # already read with the page
                if not select_tab(s, sub):
                    c.add("tab-select", "tab %r / %r" % (title, sub.name), None, "could not select the inner tab")
                    continue
                pump(0.3)
                c.view("tab %d %r / %r" % (i + 1, title, sub.name), frame)
                exercise_fields(s, c, frame, "tab %d %r / %r" % (i + 1, title, sub.name))
            first_sub = tabs_of(inner)
            if first_sub:
                select_tab(s, first_sub[0])
    select_tab(s, tabs[0])
    return tabs


def new_window(s, before, timeout):
    found = {}

    def look():
        for w in s.windows():
            if w.path not in before and "showing" in states_of(w):
                found["w"] = w
                return True
        return False
    pump(timeout, look)
    return found.get("w")


def close_with_escape(s, c, w, title):
    def gone():
        return all(x.path != w.path for x in s.windows()) or "showing" not in states_of(w)
    s.key(KEY_ESCAPE, title)
    if pump(3, gone):
        return True
    c.add("escape-closes", "dialog %r" % title, None, "Escape does not close it")
    for b in find_all(w, lambda a, r: r == "push button" and norm(a.name) in ("cancel", "close", "no")):
        s.do_action(b, "Press")
        if pump(3, gone):
            return True
    return False


def open_and_read(s, c, label, trigger):
    """Runs trigger(), reads the window it opens, closes it with Escape."""
    before = {w.path for w in s.windows()}
    if not trigger():
        c.notes.append("%s: could not be triggered through AT-SPI" % label)
        return None
    w = new_window(s, before, 6)
    if w is None:
        c.notes.append("%s: opened no window (it is not a dialog; nothing to read)" % label)
        s.key(KEY_ESCAPE)  # a menu left open, if any
        pump(0.3)
        return None
    title = w.name or ""
    pump(0.4)  # let it lay out
    role = w.getRoleName()
    c.view("%s %r (from %s)" % (role, title, label), w, full=True)
    if not close_with_escape(s, c, w, title):
        raise CheckError("could not close %s %r" % (role, title))
    pump(0.3)
    return title


def walk_dialogs(s, c, frame, tabs):
    opened = []
    # F1 from the keyboard: the keyboard shortcuts dialog.
    opened.append(open_and_read(s, c, "F1", lambda: (s.key(KEY_F1, frame.name), True)[1]))
    # Menu items that open dialogs: text ending with an ellipsis, and Help > About.
    bars = find_all(frame, lambda a, r: r == "menu bar")
    items = []
    for bar in bars:
        for top in range(bar.childCount):
            menu_item = bar.getChildAtIndex(top)
            for it in find_all(menu_item, lambda a, r: r == "menu item" and a.childCount == 0):
                n = it.name or ""
                if n.endswith(ELLIPSIS) or norm(n).startswith("about"):
                    items.append((norm(menu_item.name), it))
    for menu, it in items:
        name = it.name
        if "sensitive" not in states_of(it) and "enabled" not in states_of(it):
            c.notes.append("menu %s > %s is disabled: not opened" % (menu, name))
            continue
        opened.append(open_and_read(s, c, "menu %s > %s" % (menu, name), lambda it=it: s.do_action(it, "Press")
                                    or s.do_action(it, "Click")))
    # Buttons on the pages whose text ends with an ellipsis (Consent: History…).
    # A button outside the pages (the policy notice's "See what changed…") shows on every tab: once.
    pressed = set()
    for tab in tabs:
        select_tab(s, tab)
        pump(0.3)
        buttons = find_all(frame, lambda a, r: r == "push button" and (a.name or "").endswith(ELLIPSIS)
                           and {"showing", "sensitive"} <= states_of(a), showing_only=True)
        for b in buttons:
            if b.name in pressed:
                continue
            pressed.add(b.name)
            opened.append(open_and_read(s, c, "button %r on tab %r" % (b.name, tab.name),
                                        lambda b=b: s.do_action(b, "Press")))
    select_tab(s, tabs[0])
    return [o for o in opened if o]


def expect_notification(s, c, label, t0, timeout, want, min_count=1):
    """Waits for NOTIFICATION objects becoming showing after t0; want(texts) says when done."""
    ok = pump(timeout, lambda: len(c.notifications_since(t0)) >= min_count and want([t for _, t in c.notifications_since(t0)]))
    texts = [t for _, t in c.notifications_since(t0)]
    for t in texts:
        log("  announced (notification shown): %r" % t)
    if not ok:
        c.add("announcement", label, None, "expected notification(s) did not reach AT-SPI within %d s; got %r"
              % (timeout, texts))
    elif any(not t.strip() for t in texts):
        c.add("announcement", label, None, "a notification was shown with an empty name: Orca says nothing")
    return ok, texts


class Provider:
    """Stops and restarts the reference provider, to see offline and back-online announcements."""

    def __init__(self, args):
        self.binary, self.data, self.url, self.pid_file = args.provider, args.provider_data, args.provider_url, args.provider_pid_file
        self.proc = None

    def available(self):
        return bool(self.binary and self.data and self.url and self.pid_file)

    def pid(self):
        try:
            with open(self.pid_file) as f:
                return int(f.read().strip())
        except (OSError, ValueError):
            return None

    def stop(self):
        pid = self.pid()
        if pid is None:
            raise CheckError("no provider pid in %s" % self.pid_file)
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.pid == pid:
                if self.proc.poll() is not None:
                    return
            else:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    return
                # a zombie of the wrapper's shell still "exists": check its state
                try:
                    with open("/proc/%d/stat" % pid) as f:
                        if f.read().split(")")[-1].split()[0] == "Z":
                            return
                except OSError:
                    return
            time.sleep(0.1)
        raise CheckError("the provider (pid %d) did not stop" % pid)

    def start(self):
        """Starts it again on the same address and data; its output goes on in provider.log."""
        listen = re.match(r"https?://([^/]+)/?", self.url).group(1)
        log_path = os.path.join(os.path.dirname(self.pid_file), "provider.log")
        with open(log_path, "a") as out:
            offset = out.tell()
            self.proc = subprocess.Popen([self.binary, "--listen", listen, "--data", self.data, "--demo", "--test-hooks"],
                                         stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        with open(self.pid_file, "w") as f:
            f.write("%d\n" % self.proc.pid)

        def listening():
            with open(log_path) as f:
                f.seek(offset)
                return "Listening on" in f.read()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.proc.poll() is None:
            if listening():
                return
            time.sleep(0.1)
        raise CheckError("the provider did not start again on %s (see provider.log)" % listen)


def check_request_status(s, c, frame, provider):
    """Files a request from the keyboard (Ctrl+E, Enter), lets the provider move it on, and expects
    F5 to end with a notification that names the request and its new status."""
    before = {w.path for w in s.windows()}
    t0 = time.monotonic()
    s.key(ord("e"), frame.name, MOD_CONTROL)
    dialog = new_window(s, before, 6)
    if dialog is None:
        c.add("keyboard", "Ctrl+E", None, "Ctrl+E did not open the request-a-copy dialog")
        return
    title = dialog.name

    def closed():
        return all(w.path != dialog.path for w in s.windows())
    s.key(KEY_RETURN, title)
    if not pump(5, closed):
        c.add("keyboard", "dialog %r" % title, None, "Enter does not send the request (default button)")
        close_with_escape(s, c, dialog, title)
        return
    ok, texts = expect_notification(s, c, "request sent (%s)" % title, t0, 10, lambda ts: len(ts) >= 1)
    if ok:
        log("request sent: announced")
    # Its id, as a screen-reader user finds it: Requests button, first row, details pane.
    buttons = find_all(frame, lambda a, r: r == "push button" and norm(a.name).startswith("requests ("))
    if not buttons:
        c.add("request-status", "requests", None, "no 'Requests (n)' button in the tool bar")
        return
    request_id = {}

    def read_id():
        s.do_action(buttons[0], "Press")
        pump(0.3)
        s.key(KEY_DOWN, frame.name)
        pump(0.3)
        for d in find_all(frame, lambda a, r: r == "label" and "showing" in states_of(a)
                          and "details" in norm(a.name), showing_only=True):
            try:
                m = re.search(r"\bR-[0-9A-Za-z]{4,}\b", d.queryText().getText(0, -1))
            except (NotImplementedError, GLib.Error):
                continue
            if m:
                request_id["id"] = m.group(0)
                return True
        return False
    if not pump(20, read_id, step=0.5):
        c.add("request-status", "requests", None, "the new request's id never appeared in its details pane")
        return
    rid = request_id["id"]
    # The Requests tab with a request in it: its details pane and the buttons for the selected request.
    c.view("Requests tab with request %s selected" % rid, frame)
    log("request %s filed; the provider now moves it to in_review" % rid)
    provider_hook(provider, "/test/requests/%s/status?status=in_review&note=a11y" % rid)
    t1 = time.monotonic()
    s.key(KEY_F5, frame.name)
    ok, texts = expect_notification(s, c, "request status changed (F5)", t1, 30, lambda ts: any(rid in t for t in ts))
    if ok:
        log("request status change: announced")
    pump(30, lambda: not is_syncing(frame))
    tl = main_tab_list(frame)
    if tl is not None:
        select_tab(s, tabs_of(tl)[0])


def provider_hook(provider, path):
    url = provider.url.rstrip("/") + path
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 127.0.0.1: never a proxy
        with opener.open(urllib.request.Request(url, data=b"", method="POST"), timeout=10) as r:
            if r.status not in (200, 201, 204):
                raise CheckError("provider test hook answered %d" % r.status)
    except OSError as e:
        raise CheckError("provider test hook %s failed: %s (is --test-hooks on?)" % (url, e))


def check_notices(s, c, frame, provider):
    """A security incident the provider adds for alice is announced at the next sync (F5)."""
    title = "A11Y-INCIDENT-%d" % int(time.time())
    provider_hook(provider, "/test/incidents?account=alice&title=%s" % title)
    t0 = time.monotonic()
    s.key(KEY_F5, frame.name)
    ok, texts = expect_notification(s, c, "new security incident (F5)", t0, 30, lambda ts: any(title in t for t in ts))
    if ok:
        log("new incident: announced")
    pump(30, lambda: not is_syncing(frame))


def check_announcements(s, c, frame, provider):
    # 1. F5: sync started and sync finished are both announced.
    sync_buttons = find_all(frame, lambda a, r: r == "push button" and norm(a.name) == "sync now")
    t0 = time.monotonic()
    s.key(KEY_F5, frame.name)
    started = pump(5, lambda: c.notifications_since(t0))
    if not started:
        c.add("keyboard", "F5", None, "F5 did not start a sync (no announcement within 5 s); pressing Sync now instead")
        if sync_buttons:
            t0 = time.monotonic()
            s.do_action(sync_buttons[0], "Press")
    # Two notifications shown: "fetching" and "up to date". (Their texts are read when the event
    # is handled; when both come within milliseconds both may read the second text.)
    ok, texts = expect_notification(s, c, "sync (F5)", t0, 30, lambda ts: len(ts) >= 2, 2)
    if ok:
        log("sync: started and finished were both announced")
    pump(30, lambda: not is_syncing(frame))

    if not provider.available():
        c.notes.append("request status and offline/online announcements not checked (no provider control given)")
        return
    check_request_status(s, c, frame, provider)
    check_notices(s, c, frame, provider)
    # 2. Offline: stop the provider, F5; the banner says so.
    provider.stop()
    t1 = time.monotonic()
    s.key(KEY_F5, frame.name)
    ok, texts = expect_notification(s, c, "offline (F5 with the provider stopped)", t1, 60,
                                    lambda ts: any("offline" in t.lower() for t in ts))
    if ok:
        log("offline: announced")
    pump(30, lambda: not is_syncing(frame))
    # 3. Back online: the banner's own Retry button (reached through AT-SPI), a good sync.
    provider.start()
    banner = find_all(frame, lambda a, r: r == "notification" and "showing" in states_of(a))
    retry = []
    for b in banner:
        retry += find_all(b, lambda a, r: r == "push button" and "showing" in states_of(a)
                          and norm(a.name) not in ("dismiss message", ""))
    t2 = time.monotonic()
    if retry:
        log("pressing the banner's %r button" % retry[0].name)
        s.do_action(retry[0], "Press")
    else:
        c.add("announcement", "offline banner", None, "the offline banner offers no action button (Retry)")
        s.key(KEY_F5, frame.name)
    ok, texts = expect_notification(s, c, "back online (Retry)", t2, 60,
                                    lambda ts: any("offline" not in t.lower() and not t.lower().startswith("problem")
                                                   for t in ts[1:] or ts) and len(ts) >= 1)
    if ok:
        log("back online: announced")
    pump(30, lambda: not is_syncing(frame))


# ---------------------------------------------------------------------------------------------
# The staff workspace (--staff: signed in as a supervisor, who sees every staff page).

def showing_tables(frame):
    return find_all(frame, lambda a, r: r in ("table", "tree table") and "showing" in states_of(a), showing_only=True)


def table_rows(acc):
    try:
        return acc.queryTable().nRows
    except (NotImplementedError, GLib.Error):
        return 0


def wait_staff_ready(s, timeout):
    """Signed in as staff: the workspace's tab list is on screen and the queue has been fetched
    (the status bar says when), with its rows in the table."""
    state = {}

    def ready():
        frame = main_window(s)
        state["status"] = status_text(frame)
        return main_tab_list(frame) is not None and "queue fetched at" in state["status"].lower() \
            and any(table_rows(t) > 0 for t in showing_tables(frame))
    if not pump(timeout, ready, step=0.5):
        raise CheckError("the staff workspace did not fetch its queue within %d s; status bar: %r"
                         % (timeout, state.get("status")))
    log("staff workspace ready; status bar: %s" % state["status"])


def settle_staff_page(frame):
    """A staff page fetches what it shows when it is opened (audit log, refusals): wait until each
    table on screen has rows, so the check reads the page as staff see it, not while it loads."""
    if not pump(15, lambda: all(table_rows(t) > 0 for t in showing_tables(frame)), step=0.25):
        log("  a table on this page is still empty after 15 s (read as it is)")
    pump(0.3)


def find_showing(root, role, name_pred=lambda n: True):
    return find_all(root, lambda a, r: r == role and "showing" in states_of(a) and name_pred(norm(a.name)),
                    showing_only=True)


def press_key_in(s, acc, keysym, window_title, modifiers=0):
    """Gives `acc` the keyboard focus (its SetFocus action), then presses the key."""
    if not s.do_action(acc, "SetFocus"):
        try:
            acc.queryComponent().grabFocus()
        except (NotImplementedError, GLib.Error):
            return False
    pump(0.3, lambda: "focused" in states_of(acc))
    s.key(keysym, window_title, modifiers)
    return True


def tab_named(frame, word):
    tl = main_tab_list(frame)
    for t in tabs_of(tl) if tl is not None else []:
        if word in norm(t.name):
            return t
    return None


def walk_staff(s, c, frame):
    """What only the workspace has: a request opened from the queue (the processing dialog), a
    customer found and the access-grant dialog, and the customer's data read-only in the staff
    frame, each read and closed from the keyboard (Escape, Ctrl+W)."""
    opened = []
    queue = tab_named(frame, "queue")
    if queue is None or not select_tab(s, queue):
        c.add("staff", "queue", None, "no Requests queue tab to select")
        return opened
    settle_staff_page(frame)
    tables = showing_tables(frame)
    if not tables:
        c.add("staff", "queue", None, "the Requests queue shows no table")
        return opened
    opened.append(open_and_read(s, c, "Enter on the first queue row", lambda: press_key_in(s, tables[0], KEY_DOWN, frame.name)
                                and (s.key(KEY_RETURN, frame.name), True)[1]))

    customers = tab_named(frame, "customers")
    if customers is None or not select_tab(s, customers):
        c.add("staff", "customers", None, "no Customers tab to select")
        return opened
    pump(0.3)
    fields = find_showing(frame, "text", lambda n: "customer" in n)
    if not fields:
        c.add("staff", "customers", None, "no customer search field on the Customers tab")
        return opened
    try:
        fields[0].queryEditableText().setTextContents("alice")
    except (NotImplementedError, GLib.Error) as e:
        raise CheckError("could not type into the customer search field: %s" % e)
    press_key_in(s, fields[0], KEY_RETURN, frame.name)

    def found():
        return any(l.childCount > 0 for l in find_showing(frame, "list", lambda n: "customers found" in n))
    if not pump(15, found, step=0.25):
        c.add("staff", "customers", None, "searching for alice found nobody (or the results list has no name)")
        return opened
    pump(0.3)
    c.view("Customers tab with the results of a search", frame)
    results = find_showing(frame, "list", lambda n: "customers found" in n)[0]

    # The grant dialog: read it, close it with Escape; then open it again and ask for access.
    opened.append(open_and_read(s, c, "Enter on a customer found", lambda: press_key_in(s, results, KEY_RETURN, frame.name)))
    before = {w.path for w in s.windows()}
    press_key_in(s, results, KEY_RETURN, frame.name)
    dialog = new_window(s, before, 6)
    if dialog is None:
        c.add("staff", "customers", None, "Enter on a customer found opened no grant dialog")
        return opened
    pump(0.4)
    for field, text in (("ticket", "T-77"), ("justification", "Alice asked why her address is wrong on the invoice.")):
        boxes = find_showing(dialog, "text", lambda n, field=field: field in n)
        if boxes:
            boxes[0].queryEditableText().setTextContents(text)
    for box in find_showing(dialog, "check box", lambda n: n.startswith("personal") or n.startswith("devices")):
        s.do_action(box, "Toggle") or s.do_action(box, "Press")
    pump(0.3)
    ask = find_showing(dialog, "push button", lambda n: n.startswith("ask for access"))
    if not ask:
        c.add("staff", "grant dialog", None, "the grant dialog has no 'Ask for access' button")
        close_with_escape(s, c, dialog, dialog.name)
        return opened
    s.do_action(ask[0], "Press")

    def frame_shown():
        return bool(find_showing(frame, "push button", lambda n: n.startswith("end access")))
    if not pump(20, frame_shown, step=0.25):
        c.add("staff", "customer frame", None, "asking for access did not show the customer's data with an "
              "'End access' button (is the dialog still open? %r)" % [w.name for w in s.windows()])
        for w in s.windows():
            if w.path not in before or w.path == dialog.path:
                close_with_escape(s, c, w, w.name)
        return opened
    pump(1.0)
    c.view("Customers tab: alice's data, read-only, under a grant", frame)
    # The frame's own tabs (the customer's pages, read-only).
    for inner in page_tab_lists(frame):
        if inner.path == main_tab_list(frame).path:
            continue
        for j, sub in enumerate(tabs_of(inner)):
            if j == 0 or not select_tab(s, sub):
                continue
            pump(0.5)
            c.view("customer frame / %r" % sub.name, frame)
    s.key(ord("w"), frame.name, MOD_CONTROL)
    if not pump(10, lambda: not frame_shown()):
        c.add("keyboard", "customer frame", None, "Ctrl+W did not end the access and close the customer's data")
    return [o for o in opened if o]


# ---------------------------------------------------------------------------------------------

def load_known(path):
    known = []
    if not path or not os.path.exists(path):
        return known
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 1)
            known.append((parts[0], parts[1].strip() if len(parts) > 1 else "", raw.strip()))
    return known


def report(c, args, started):
    # Something first seen off screen and later on screen is reported once, as on screen.
    shown = {(f.rule, f.path) for f in c.findings if not f.hidden}
    c.findings = [f for f in c.findings if not (f.hidden and (f.rule, f.path) in shown)]
    failures = [f for f in c.findings if not f.hidden]
    used = set()
    for f in failures:
        for i, (rule, sub, _raw) in enumerate(c.known):
            if f.rule == rule and sub in (f.view + " " + f.where + " " + f.message):
                f.known = True
                used.add(i)
    for i, (rule, sub, raw) in enumerate(c.known):
        if i not in used and not args.expect:
            c.findings.append(Finding("stale-known-defect", "known-defects list", None,
                                      "%r no longer matches anything: remove it from %s" % (raw, args.known)))
    failures = [f for f in c.findings if not f.hidden]
    real = [f for f in failures if not f.known]
    hidden = [f for f in c.findings if f.hidden]

    c.write("")
    c.write("=== findings ===")
    for f in c.findings:
        c.write(f.line())
    c.write("")
    c.write("=== notes ===")
    for n in c.notes:
        c.write(n)
    c.write("")
    c.write("=== AT-SPI events from the app (notifications, windows) ===")
    for (t, kind, role, text, d1, _p) in c.events:
        if role in ("notification", "dialog", "alert", "frame") or kind.startswith("window:"):
            c.write("%+8.2f s  %s(%s)  %s %r" % (t - started, kind, d1, role, text))

    log("read %d objects (%d distinct objects and sampled table rows checked) in %d views: %s"
        % (c.read, len(c.checked), len(c.views), "; ".join(c.views)))
    log("%d AT-SPI events received; tree written to %s" % (len(c.events), args.tree))
    for n in c.notes:
        log("note: " + n)
    for f in hidden:
        log("hidden (not on screen, not failing): " + f.line())
    for f in failures:
        if args.expect:
            log("detected (self-test): " + f.line())
        elif f.known:
            log("known defect (listed in %s, not failing): %s" % (os.path.basename(args.known), f.line()))
        else:
            log("FAIL: " + f.line())

    if args.expect:
        wanted = set(r.strip() for r in args.expect.split(",") if r.strip())
        fired = {f.rule for f in c.findings}
        missing = wanted - fired
        if missing:
            log("SELF-TEST FAILED: the check did not detect: %s" % ", ".join(sorted(missing)))
            return 1
        if args.clean:
            wrong = [f for f in c.findings if args.clean in f.where]
            if wrong:
                for f in wrong:
                    log("SELF-TEST FAILED: reported a control done right: " + f.line())
                return 1
        log("self-test passed: the check detected %s" % ", ".join(sorted(wanted)))
        return 0
    if real:
        log("FAILED: %d accessibility problem(s) (%d known, listed in %s)" % (len(real), len(failures) - len(real), args.known))
        return 1
    log("passed (%d known defect(s) listed in %s)" % (len(failures), args.known) if failures else "passed")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--pid", type=int, required=True, help="process id of the app to read")
    p.add_argument("--tree", required=True, help="file to write the accessible tree to")
    p.add_argument("--known", default="", help="known-defects list (rule and location substring per line)")
    p.add_argument("--provider", help="privacy-provider binary (to go offline and back)")
    p.add_argument("--provider-data", help="its --data directory")
    p.add_argument("--provider-url", help="its URL (the same port is used again)")
    p.add_argument("--provider-pid-file", help="file holding its pid; rewritten on restart")
    p.add_argument("--fixture", action="store_true",
                   help="the app is the test fixture: read its windows, no sign-in, dialogs or sync")
    p.add_argument("--expect", default="", help="self-test: comma-separated rules that must fire")
    p.add_argument("--clean", default="", help="self-test: no finding may be located inside this text")
    p.add_argument("--timeout", type=int, default=90, help="seconds to wait for sign-in and first sync")
    p.add_argument("--staff", action="store_true",
                   help="the app is signed in as a supervisor (kim): walk the staff workspace (queue, customers, "
                        "audit, refusals; a request, the grant dialog, a customer's data under a grant)")
    args = p.parse_args()

    started = time.monotonic()
    s = Session(args.pid)
    with open(args.tree, "w", encoding="utf-8") as tree:
        tree.write("# Accessible tree of %s as read over AT-SPI by tests/a11y/a11y_check.py\n"
                   "# role 'name' desc=... {states} rel[...] actions[...]; big tables and lists are sampled\n" % args.pid)
        c = Checker(s, tree, load_known(args.known))
        try:
            s.find_app(30)
            log("found %r (pid %d) on the AT-SPI bus after %.1f s" % (s.app.name, args.pid, time.monotonic() - started))
            c.listen()
            if args.fixture:
                pump(10, lambda: any("showing" in states_of(w) for w in s.windows()))
                for w in s.windows():
                    c.view("window %r" % (w.name or ""), w, full=False)
                    exercise_fields(s, c, w, "window %r" % (w.name or ""))
            elif args.staff:
                wait_staff_ready(s, args.timeout)
                frame = main_window(s)
                tabs = walk_tabs(s, c, frame, settle=settle_staff_page)
                dialogs = walk_dialogs(s, c, frame, tabs)
                dialogs += [d for d in walk_staff(s, c, frame) if d]
                log("%d dialogs read: %s" % (len(dialogs), ", ".join(repr(d) for d in dialogs)))
                if main_tab_list(main_window(s)) is None:
                    c.add("state", "end", None, "the app is no longer signed in after the dialogs were closed")
            else:
                wait_signed_in(s, args.timeout)
                frame = main_window(s)
                tabs = walk_tabs(s, c, frame)
                dialogs = walk_dialogs(s, c, frame, tabs)
                log("%d dialogs read: %s" % (len(dialogs), ", ".join(repr(d) for d in dialogs)))
                check_announcements(s, c, frame, Provider(args))
                if main_tab_list(main_window(s)) is None:
                    c.add("state", "end", None, "the app is no longer signed in after the dialogs were closed")
        except CheckError as e:
            log("ERROR: %s" % e)
            c.add("check-error", "check", None, str(e))
            rc = report(c, args, started)
            return 2 if not args.expect else rc
        rc = report(c, args, started)
    log("took %.1f s" % (time.monotonic() - started))
    return rc


if __name__ == "__main__":
    sys.exit(main())
