/// The footer that numbers the pages of a document longer than one page, as Chromium's
/// `footerTemplate`: Chromium fills the `pageNumber` and `totalPages` elements. The template is
/// rendered apart from the page, centred in the page's bottom margin (12 mm in the letters: room
/// for one line of 8 pt), and sees none of the page's CSS: styles must be inline, the font size
/// must be given (the template's default is tiny), and the font is the letters' own.
public enum PageNumberFooter {
    public static let template = """
        <div style="width:100%;text-align:center;font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;\
        font-size:8pt;color:#444;">page <span class="pageNumber"></span> / <span class="totalPages"></span></div>
        """
}
