#!/usr/bin/env python3
"""Lists the controller endpoints (pages and API) that no test calls over HTTP.

Reads every @GetMapping/@PostMapping/@PutMapping/@PatchMapping/@DeleteMapping (and a class-level @RequestMapping
prefix) in src/main/java/**/web/*.java, then every HTTP call in src/test/java: Api/WebSession/MockMvc calls
(get, post, put, patch, delete, postRaw, putRaw, patchRaw, multipart, postText, download, upload), browser
navigation (driver.get) and tables of calls (a "POST"-like literal followed by the path). A call's path is rebuilt
from its argument: string literals as written, anything else as a placeholder for one path segment. A GET also
counts when its path is a string literal anywhere in a test (the page lists of PagesTest).

What it cannot see: a form a browser test submits by a click (the path is in the page, not the test), and
AuthorizationMatrixTest, which calls every API endpoint from the OpenAPI document at run time, only to check who
may (--with-matrix counts the few paths it names literally). An endpoint listed here may thus still be reached by a
browser test, but no test names it.

Usage: python3 src/test/scripts/untested-endpoints.py [--with-matrix] [--covered]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[3]
MAIN = ROOT / "src/main/java"
TESTS = ROOT / "src/test/java"
MAPPING = re.compile(r"@(Get|Post|Put|Patch|Delete|Request)Mapping\b(\s*\((?P<args>[^)]*)\))?", re.S)
STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
CALL = re.compile(
    r"(?:\bdriver\.get|\.(?P<m1>get|post|put|patch|delete|postRaw|putRaw|patchRaw|multipart|postText|download|upload)"
    r"|(?<![.\w])(?P<m2>get|post|put|patch|delete|multipart))\s*\(")
METHOD_OF_CALL = {"postRaw": "POST", "putRaw": "PUT", "patchRaw": "PATCH", "multipart": "POST",
                  "postText": "POST", "download": "GET", "upload": "POST"}


def mapping_paths(args):
    if args is None:
        return [""]
    args = args.strip()
    named = re.search(r"\b(?:path|value)\s*=\s*(\{[^}]*\}|\"[^\"]*\")", args)
    if named:
        args = named.group(1)
    elif "=" in args.split('"')[0]:
        return [""]  # only produces/consumes
    return STRING.findall(args) or [""]


def endpoints():
    found = []
    for source in sorted(MAIN.glob("**/web/*.java")):
        text = source.read_text()
        declaration = re.search(r"^(?:public |final |abstract |sealed )*(?:class|record|interface|enum)\s+\w+", text, re.M)
        if declaration is None:
            continue
        class_at = declaration.start()
        prefixes = [""]
        for m in MAPPING.finditer(text):
            if m.start() < class_at and m.group(1) == "Request":
                prefixes = mapping_paths(m.group("args"))
        for m in MAPPING.finditer(text):
            if m.start() < class_at:
                continue
            verbs = [m.group(1).upper()] if m.group(1) != "Request" else ["ANY"]
            for prefix in prefixes:
                for path in mapping_paths(m.group("args")):
                    for verb in verbs:
                        found.append((verb, prefix + path, source.relative_to(MAIN).as_posix()))
    return found


def template_regex(template):
    def variable(match):
        body = match.group(1)
        return "(?:" + body.split(":", 1)[1] + ")" if ":" in body else "[^/]+"
    parts = re.split(r"(\{[^}]*\})", template)
    return re.compile("^" + "".join(variable(re.match(r"\{(.*)\}", p)) if p.startswith("{") else re.escape(p)
                                     for p in parts) + "/?$")


def argument(text, start):
    """The first argument of a call whose '(' ends at start: up to a top-level ',' or ')'."""
    depth, i, in_string = 0, start, False
    while i < len(text):
        c = text[i]
        if in_string:
            if c == "\\":
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            if depth == 0:
                return text[start:i]
            depth -= 1
        elif c == "," and depth == 0:
            return text[start:i]
        i += 1
    return text[start:]


def rebuild(expression):
    """A path from a concatenation: literals kept, other terms become one placeholder segment 'X1'."""
    terms, depth, current, in_string = [], 0, "", False
    for i, c in enumerate(expression):
        if in_string:
            current += c
            if c == '"' and expression[i - 1] != "\\":
                in_string = False
            continue
        if c == '"':
            in_string = True
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        if c == "+" and depth == 0:
            terms.append(current.strip())
            current = ""
        else:
            current += c
    terms.append(current.strip())
    path = ""
    for term in terms:
        literal = re.fullmatch(r'"((?:[^"\\]|\\.)*)"', term)
        if literal:
            path += literal.group(1)
        elif path:
            path += "X1"
    # the base URL (a variable before the first literal) is dropped above
    path = re.sub(r"^https?://[^/]+", "", path)
    return path.split("?", 1)[0].split("#", 1)[0]


def calls(with_matrix):
    seen = []  # (verb or None for "any literal", path, test file)
    for source in sorted(TESTS.glob("**/*.java")):
        if not with_matrix and source.name == "AuthorizationMatrixTest.java":
            continue
        text = source.read_text()
        name = source.relative_to(TESTS).as_posix()
        for m in CALL.finditer(text):
            method = m.group("m1") or m.group("m2") or "get"
            verb = METHOD_OF_CALL.get(method, method.upper())
            path = rebuild(argument(text, m.end()))
            if path.startswith("/"):
                seen.append((verb, path, name))
        # a table of calls: a method name as a literal, then the path ("PUT", "/api/v1/..." + id)
        for m in re.finditer(r'"(GET|POST|PUT|PATCH|DELETE)"\s*,\s*', text):
            path = rebuild(argument(text, m.end()))
            if path.startswith("/"):
                seen.append((m.group(1), path, name))
        for literal in STRING.findall(text):
            if literal.startswith("/"):
                seen.append((None, literal.split("?", 1)[0], name))
    return seen


def main():
    with_matrix = "--with-matrix" in sys.argv
    show_covered = "--covered" in sys.argv
    made = calls(with_matrix)
    untested, covered = [], []
    for verb, template, where in endpoints():
        pattern = template_regex(template)
        by = sorted({name for v, path, name in made
                     if pattern.match(path) and (v == verb or verb == "ANY" or (v is None and verb == "GET"))})
        (covered if by else untested).append((verb, template, where, by))
    if show_covered:
        for verb, template, where, by in covered:
            print(f"tested   {verb:6} {template:55} {', '.join(by)}")
    for verb, template, where, _ in untested:
        print(f"UNTESTED {verb:6} {template:55} {where}")
    total = len(covered) + len(untested)
    print(f"{len(untested)} of {total} endpoints have no HTTP-level test ({len(covered)} tested)")


if __name__ == "__main__":
    main()
