using Fairtrade.Silo.Files;

namespace Fairtrade.Silo.Tests.Files;

public sealed class DisplayNamesTests
{
    [Theory]
    [InlineData("Regal bei Bäckerei Funke.jpg", FileType.Jpeg, "Regal bei Bäckerei Funke.jpg")]
    [InlineData("../../etc/passwd", FileType.Pdf, "passwd.pdf")]
    [InlineData(@"C:\Users\anna\Desktop\Regal.jpg", FileType.Jpeg, "Regal.jpg")]
    [InlineData(@"..\..\windows/system32\shelf.png", FileType.Png, "shelf.png")]
    [InlineData("Photos/", FileType.Jpeg, "evidence.jpg")]
    [InlineData("Erkl\r\närung\0.pdf", FileType.Pdf, "Erklärung.pdf")]
    [InlineData("Men\u0085ü\u009F.pdf", FileType.Pdf, "Menü.pdf")]
    [InlineData("shelf\u202Egpj.exe", FileType.Jpeg, "shelfgpj.jpg")]
    [InlineData("\u2066Café\u2069 \u202AMokka\u202C.png", FileType.Png, "Café Mokka.png")]
    [InlineData("a<b>c:d\"e|f?g*h.webp", FileType.WebP, "abcdefgh.webp")]
    [InlineData("Cafe\u0301 Mokka.pdf", FileType.Pdf, "Caf\u00E9 Mokka.pdf")]
    [InlineData("  Laden   am \u00A0 Markt  .png", FileType.Png, "Laden am Markt.png")]
    [InlineData("..Erklärung...", FileType.Pdf, "Erklärung.pdf")]
    [InlineData("shelf.exe", FileType.Jpeg, "shelf.jpg")]
    [InlineData("report", FileType.Pdf, "report.pdf")]
    [InlineData("Regal.jpeg", FileType.Png, "Regal.png")]
    [InlineData("Regal.JPEG", FileType.Jpeg, "Regal.JPEG")]
    [InlineData("Regal.Jpg", FileType.Jpeg, "Regal.Jpg")]
    [InlineData("Flyer.WebP", FileType.WebP, "Flyer.WebP")]
    [InlineData("Rechnung.pdf.exe", FileType.Pdf, "Rechnung.pdf")]
    [InlineData("Rechnung.exe.pdf", FileType.Pdf, "Rechnung.exe.pdf")]
    [InlineData("shelf.jpg.png", FileType.Jpeg, "shelf.jpg")]
    [InlineData("Fairtrade Town Bottrop", FileType.Pdf, "Fairtrade Town Bottrop.pdf")]
    [InlineData("archive.tar.gzipped", FileType.Pdf, "archive.tar.gzipped.pdf")]
    [InlineData("...", FileType.Jpeg, "evidence.jpg")]
    [InlineData("", FileType.WebP, "evidence.webp")]
    [InlineData("   ", FileType.Png, "evidence.png")]
    [InlineData(null, FileType.Pdf, "evidence.pdf")]
    [InlineData("<>|?*", FileType.Pdf, "evidence.pdf")]
    [InlineData(".exe", FileType.Jpeg, "exe.jpg")]
    public void SanitizeLeavesANameSafeToShow(string? clientName, FileType type, string expected) =>
        DisplayNames.Sanitize(clientName, type).ShouldBe(expected);

    [Fact]
    public void ALongNameIsCutToAHundredCharactersKeepingItsExtension()
    {
        var name = DisplayNames.Sanitize(new string('x', 300) + ".pdf", FileType.Pdf);

        name.ShouldBe(new string('x', 96) + ".pdf");
    }

    [Fact]
    public void ALongNameIsNeverCutInsideACharacter()
    {
        var name = DisplayNames.Sanitize(new string('x', 94) + string.Concat(Enumerable.Repeat("☕\U0001F33F", 20)) + ".png", FileType.Png);

        name.ShouldBe(new string('x', 94) + "☕.png");
    }

    [Fact]
    public void BrokenSurrogatesAreDropped()
    {
        var name = DisplayNames.Sanitize("Regal\uD83C \uDF3F.jpg", FileType.Jpeg);

        name.ShouldBe("Regal.jpg");
    }
}
