import Foundation

/// Checks HTML with Python's `html.parser` (and each SVG with `xml.etree`, as XML) in a subprocess:
/// balanced tags, `<meta charset="utf-8">` first in the head, unique ids, `aria-labelledby` targets
/// that exist, a `<title>` in every chart, and no reference to anything outside the page.
///
/// Prints one problem per line; no output means the page passed.
package enum HTMLCheck {
    package static let script = #"""
        import sys, re
        from html.parser import HTMLParser
        import xml.etree.ElementTree as ET

        VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
        # Elements whose end tag HTML lets a writer leave out; we always write them, so they are checked too.
        problems = []

        class Checker(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.ids, self.labelled, self.svg_titles = [], {}, [], []
                self.first_in_head = None
                self.in_head = False
                self.doctype = False
                self.svg_count = 0

            def handle_decl(self, decl):
                if decl.lower() == "doctype html":
                    self.doctype = True

            def handle_starttag(self, tag, attrs):
                a = dict(attrs)
                line = self.getpos()[0]
                if self.in_head and self.first_in_head is None:
                    self.first_in_head = (tag, a)
                if tag == "head":
                    self.in_head = True
                if tag == "svg":
                    self.svg_count += 1
                    if a.get("role") != "img":
                        problems.append(f"line {line}: svg without role=img")
                    if a.get("aria-labelledby"):
                        self.labelled.append((line, a["aria-labelledby"]))
                    self.svg_titles.append(False)
                if tag == "title" and self.stack and self.stack[-1] == "svg":
                    self.svg_titles[-1] = True
                if "id" in a:
                    if a["id"] in self.ids:
                        problems.append(f"line {line}: id {a['id']!r} used twice")
                    self.ids[a["id"]] = line
                for name, value in attrs:
                    value = value or ""
                    if name in ("src", "srcset", "data", "poster", "action", "formaction"):
                        problems.append(f"line {line}: <{tag} {name}> loads something: {value!r}")
                    if name in ("href", "xlink:href") and not value.startswith("#"):
                        problems.append(f"line {line}: <{tag} {name}={value!r}> leaves the page")
                    if name.startswith("on"):
                        problems.append(f"line {line}: event handler attribute {name}")
                    if "url(" in value:
                        problems.append(f"line {line}: url() in an attribute")
                if tag in ("script", "link", "img", "iframe", "object", "embed", "image", "use", "base"):
                    problems.append(f"line {line}: <{tag}> is not allowed in a self-contained report")
                if tag not in VOID:
                    self.stack.append(tag)

            def handle_startendtag(self, tag, attrs):
                # Self-closing syntax is fine inside SVG; in HTML only on void elements.
                if "svg" not in self.stack and tag not in VOID:
                    problems.append(f"line {self.getpos()[0]}: <{tag}/> outside SVG")
                saved = list(self.stack)
                self.handle_starttag(tag, attrs)
                self.stack = saved

            def handle_endtag(self, tag):
                line = self.getpos()[0]
                if tag == "head":
                    self.in_head = False
                if tag in VOID:
                    problems.append(f"line {line}: end tag for void element {tag}")
                    return
                if not self.stack or self.stack[-1] != tag:
                    problems.append(f"line {line}: </{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
                    if tag in self.stack:
                        while self.stack and self.stack.pop() != tag:
                            pass
                    return
                self.stack.pop()

            def handle_data(self, data):
                if "\ufffd" in data:
                    problems.append(f"line {self.getpos()[0]}: replacement character in text")

        text = open(sys.argv[1], encoding="utf-8").read()
        checker = Checker()
        checker.feed(text)
        checker.close()
        if not checker.doctype:
            problems.append("no <!DOCTYPE html>")
        if checker.stack:
            problems.append(f"unclosed at end: {checker.stack}")
        first = checker.first_in_head
        if not first or first[0] != "meta" or first[1].get("charset", "").lower() != "utf-8":
            problems.append(f"the first element in <head> is not <meta charset=\"utf-8\">: {first}")
        if "<style" in text and re.search(r"@import|url\(", text):
            problems.append("the stylesheet loads something (@import or url())")
        for line, ids in checker.labelled:
            for target in ids.split():
                if target not in checker.ids:
                    problems.append(f"line {line}: aria-labelledby names missing id {target!r}")
        for index, has_title in enumerate(checker.svg_titles):
            if not has_title:
                problems.append(f"chart {index + 1} has no <title>")
        for match in re.finditer(r"<svg\b.*?</svg>", text, re.S):
            try:
                ET.fromstring(match.group(0))
            except ET.ParseError as error:
                problems.append(f"an SVG is not well-formed XML: {error}")
        print("\n".join(problems))
        print(f"# checked: {checker.svg_count} charts, {len(checker.ids)} ids", file=sys.stderr)
        """#

    /// Runs the check on a page; returns the problems found (empty when it passed).
    package static func problems(in html: String) throws -> (problems: [String], summary: String) {
        guard let python = ExternalTool.python else { return (["python3 not found"], "") }
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let checker = folder.appendingPathComponent("check.py")
        try html.write(to: page, atomically: true, encoding: .utf8)
        try script.write(to: checker, atomically: true, encoding: .utf8)
        let result = try ExternalTool.run(python, [checker.path, page.path])
        var problems = result.stdout.split(separator: "\n").map(String.init)
        if result.status != 0 {
            problems.append("python exited with \(result.status): \(result.stderr)")
        }
        return (problems, result.stderr.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
