/// The footer that numbers the pages of a document longer than one page, as Chromium's
/// `footerTemplate`: Chromium fills the `pageNumber` and `totalPages` elements. The template is
/// rendered apart from the page, in the page's bottom margin (at least 15 mm in the letters), so it
/// sees none of the page's CSS: styles must be inline, and the font size must be given, since the
/// template's default is tiny.
public enum PageNumberFooter {
    public static let template = """
        <div style="width:100%;text-align:center;font-family:serif;font-size:8pt;color:#444;">\
        page <span class="pageNumber"></span> / <span class="totalPages"></span></div>
        """
}
