import Foundation
import Testing

/// Reads what Chromium produced for a page with a small python3 script (standard library only: `html.parser`,
/// `json`, `zlib`): the elements of the dumped DOM, the requests in the net log and how much of the screenshot
/// is not background.
enum PageInspector {
    /// What the DOM, the net log and the screenshot show.
    struct Report: Decodable {
        struct DOM: Decodable {
            var title: String
            var chartIDs: [String]
            var svgCount: Int
            var scripts: Int
            var images: Int
            var embeds: Int
            var eventHandlers: [String]
            var externalReferences: [String]
            /// For each injected string, whether it appears verbatim in the page's text.
            var shownAsText: [Bool]
            var measurement: String?
        }

        struct NetLog: Decodable {
            var events: Int
            var pageRequests: [String]
        }

        struct Screenshot: Decodable {
            var width: Int
            var height: Int
            var nonBackgroundShare: Double
            var colouredShare: Double
        }

        var dom: DOM?
        var netLog: NetLog?
        var screenshot: Screenshot?
    }

    /// Inspects whichever of the files are given.
    static func inspect(dom: String?, netLog: URL?, screenshot: URL?, injected: [String] = [], workDirectory: URL) throws -> Report {
        let script = workDirectory.appendingPathComponent("inspect_page.py")
        try source.write(to: script, atomically: true, encoding: .utf8)
        var arguments = [script.path]
        if let dom {
            let domURL = workDirectory.appendingPathComponent("dom-\(UUID().uuidString).html")
            try dom.write(to: domURL, atomically: true, encoding: .utf8)
            arguments += ["--dom", domURL.path]
        }
        if let netLog { arguments += ["--netlog", netLog.path] }
        if let screenshot { arguments += ["--png", screenshot.path] }
        for text in injected { arguments += ["--inject", text] }
        let python = try #require(Chromium.python)
        let result = try Chromium.execute(python, arguments, workDirectory: workDirectory, timeout: Chromium.timeoutSeconds)
        guard result.status == 0 else { throw InspectionFailed(message: result.stderr) }
        return try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
    }

    struct InspectionFailed: Error, CustomStringConvertible {
        var message: String
        var description: String { "page inspector failed: \(message)" }
    }

    /// The script. A request counts as the page's when Chromium logged an origin for it (`initiator`) or the
    /// page's file origin in its isolation key; the browser's own background requests have neither.
    static let source = #"""
        import argparse, json, struct, sys, zlib
        from html.parser import HTMLParser

        VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

        class DOMReader(HTMLParser):
            def __init__(self):
                super().__init__(convert_charrefs=True)
                self.stack, self.text, self.title = [], [], ""
                self.chart_ids, self.svg, self.scripts, self.images, self.embeds = [], 0, 0, 0, 0
                self.handlers, self.external, self.measurement = [], [], None
            def handle_starttag(self, tag, attrs):
                if tag not in VOID: self.stack.append(tag)
                a = dict(attrs)
                if tag == "svg":
                    self.svg += 1
                    if "chart" in (a.get("class") or "").split(): self.chart_ids.append(a.get("id") or "")
                if tag == "script": self.scripts += 1
                if tag == "img": self.images += 1
                if tag in ("iframe", "object", "embed", "link", "base", "form", "audio", "video", "source"): self.embeds += 1
                for name, value in attrs:
                    if name.startswith("on"): self.handlers.append(tag + "." + name)
                    if name in ("src", "href", "xlink:href", "action", "srcset", "poster", "data") and value and not value.startswith("#"):
                        self.external.append(tag + "." + name + "=" + value)
                    if name == "style" and value and "url(" in value: self.external.append(tag + ".style=" + value)
                if tag == "pre" and a.get("id") == "piplanner-measure": self.measurement = ""
            def handle_endtag(self, tag):
                while self.stack:
                    if self.stack.pop() == tag: break
            def handle_data(self, data):
                if self.stack and self.stack[-1] == "title" and "svg" not in self.stack: self.title += data
                if self.stack and self.stack[-1] == "pre" and self.measurement is not None: self.measurement += data
                if not self.stack or self.stack[-1] not in ("style", "script"): self.text.append(data)

        def read_dom(path, injected):
            r = DOMReader()
            r.feed(open(path, encoding="utf-8").read())
            text = "".join(r.text)
            return {"title": r.title.strip(), "chartIDs": r.chart_ids, "svgCount": r.svg, "scripts": r.scripts, "images": r.images,
                    "embeds": r.embeds, "eventHandlers": r.handlers, "externalReferences": r.external,
                    "shownAsText": [s in text for s in injected], "measurement": r.measurement}

        def read_netlog(path):
            log = json.load(open(path, encoding="utf-8"))
            types = {v: k for k, v in log["constants"]["logSourceType"].items()}
            urls, page = {}, set()
            for e in log["events"]:
                if types.get(e["source"]["type"]) != "URL_REQUEST": continue
                p, source = e.get("params") or {}, e["source"]["id"]
                if "url" in p: urls.setdefault(source, p["url"])
                if p.get("initiator") not in (None, "not an origin") or "file://" in str(p.get("network_isolation_key", "")): page.add(source)
            requests = sorted(urls.get(s, "?") for s in page)
            return {"events": len(log["events"]), "pageRequests": [u for u in requests if not u.startswith(("file:", "data:"))]}

        def read_png(path):
            data = open(path, "rb").read()
            assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
            pos, idat, info = 8, b"", None
            while pos < len(data):
                length, kind = struct.unpack(">I4s", data[pos:pos + 8])
                chunk = data[pos + 8:pos + 8 + length]
                if kind == b"IHDR": info = struct.unpack(">IIBBBBB", chunk)
                elif kind == b"IDAT": idat += chunk
                pos += 12 + length
            width, height, depth, colour, _, _, interlace = info
            assert depth == 8 and interlace == 0 and colour in (2, 6), "unsupported PNG"
            n = 3 if colour == 2 else 4
            raw, stride = zlib.decompress(idat), width * n
            prev, i, other, coloured = bytearray(stride), 0, 0, 0
            for _ in range(height):
                f, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
                i += 1 + stride
                for x in range(stride):
                    a = line[x - n] if x >= n else 0
                    b = prev[x]
                    if f == 1: line[x] = (line[x] + a) & 255
                    elif f == 2: line[x] = (line[x] + b) & 255
                    elif f == 3: line[x] = (line[x] + ((a + b) >> 1)) & 255
                    elif f == 4:
                        c = prev[x - n] if x >= n else 0
                        q = a + b - c
                        pa, pb, pc = abs(q - a), abs(q - b), abs(q - c)
                        line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
                for x in range(0, stride, n):
                    r, g, b = line[x], line[x + 1], line[x + 2]
                    if min(r, g, b) < 240: other += 1
                    if max(r, g, b) - min(r, g, b) > 60: coloured += 1
                prev = line
            total = float(width * height)
            return {"width": width, "height": height, "nonBackgroundShare": other / total, "colouredShare": coloured / total}

        parser = argparse.ArgumentParser()
        parser.add_argument("--dom")
        parser.add_argument("--netlog")
        parser.add_argument("--png")
        parser.add_argument("--inject", action="append", default=[])
        args = parser.parse_args()
        report = {}
        if args.dom: report["dom"] = read_dom(args.dom, args.inject)
        if args.netlog: report["netLog"] = read_netlog(args.netlog)
        if args.png: report["screenshot"] = read_png(args.png)
        json.dump(report, sys.stdout)
        """#
}
