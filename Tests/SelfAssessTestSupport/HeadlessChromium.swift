import Foundation
import Testing

/// Renders an HTML page in headless Chromium, on screen (a PNG) and in print (an A4 PDF), and
/// checks what every report must give: a real PNG of the window's size with something drawn on
/// it, and a PDF of A4 pages.
package enum HeadlessChromium {
    package static let path =
        ExternalTool.find("chromium") ?? ExternalTool.find("chromium-browser")
        ?? ExternalTool.find("google-chrome")
    package static let missing: Comment =
        "Chromium is not installed (apt-get install chromium fonts-noto-cjk)"

    /// What the browser made of the page.
    package struct Rendering {
        /// The number of pages of the printed PDF.
        package var pages: Int
    }

    /// Renders `html` at 1200 × 1600 and prints it; `keepVariable` names an environment variable
    /// that, when set to a folder, keeps `report.html`, `report.png` and `report.pdf` there.
    package static func render(
        _ html: String, keepVariable: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Rendering {
        let chromium = try #require(path, sourceLocation: sourceLocation)
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        let png = folder.appendingPathComponent("report.png")
        let pdf = folder.appendingPathComponent("report.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        let common = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
        ]

        let shot = try ExternalTool.run(
            chromium,
            common + [
                "--hide-scrollbars", "--screenshot=\(png.path)", "--window-size=1200,1600",
                page.absoluteString,
            ])
        #expect(shot.status == 0, "\(shot.stderr)", sourceLocation: sourceLocation)
        let bytes = [UInt8](try Data(contentsOf: png))
        #expect(
            bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG",
            sourceLocation: sourceLocation)
        #expect(
            bytes.count > 60_000, "the screenshot is suspiciously small (\(bytes.count) bytes)",
            sourceLocation: sourceLocation)
        // IHDR: width and height, big-endian, at bytes 16…23.
        func word(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        #expect(
            bytes.count > 24 && word(16) == 1200 && word(20) == 1600, sourceLocation: sourceLocation
        )

        let print = try ExternalTool.run(
            chromium,
            common + ["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        #expect(print.status == 0, "\(print.stderr)", sourceLocation: sourceLocation)
        let document = String(decoding: try Data(contentsOf: pdf), as: UTF8.self)
        let pages = document.components(separatedBy: "/Type /Page").dropFirst().filter {
            !$0.hasPrefix("s")
        }.count
        #expect(
            document.contains("/MediaBox [0 0 594.95996 841.91998]"), "A4 (210 × 297 mm in points)",
            sourceLocation: sourceLocation)

        if let keep = ProcessInfo.processInfo.environment[keepVariable] {
            let target = URL(fileURLWithPath: keep)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for file in [png, pdf, page] {
                let copy = target.appendingPathComponent(file.lastPathComponent)
                try? FileManager.default.removeItem(at: copy)
                try FileManager.default.copyItem(at: file, to: copy)
            }
        }
        return Rendering(pages: pages)
    }
}
