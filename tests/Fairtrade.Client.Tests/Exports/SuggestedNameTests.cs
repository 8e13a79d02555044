using Fairtrade.Client.Exports;

namespace Fairtrade.Client.Tests.Exports;

public sealed class SuggestedNameTests
{
    [Theory]
    [InlineData("shelf.jpg", "shelf.jpg")]
    [InlineData("Speisekarte Café.pdf", "Speisekarte Café.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("/tmp/x.pdf", "x.pdf")]
    [InlineData("C:evil.pdf", "C_evil.pdf")]
    [InlineData("a<b>|c?*.jpg", "a_b__c__.jpg")]
    [InlineData("bell\u0007and\nnew\u001b[31mline.jpg", "bellandnew[31mline.jpg")]
    [InlineData("invoice\u202Egpj.exe", "invoicegpj.exe")]
    [InlineData(".bashrc", "bashrc")]
    [InlineData("shelf.jpg. . ", "shelf.jpg")]
    [InlineData("  menu.pdf  ", "menu.pdf")]
    public void AServerNameIsKeptOnlyAsAPlainNameInTheFolder(string suggested, string expected)
    {
        SuggestedName.Clean(suggested).ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("folder/")]
    [InlineData("\u0000\u0001")]
    [InlineData("CON")]
    [InlineData("nul.txt")]
    [InlineData("Com1.jpg")]
    [InlineData("LPT9 .pdf")]
    public void ANameWithNothingSafeLeftIsNone(string? suggested)
    {
        SuggestedName.Clean(suggested).ShouldBeNull();
    }

    [Fact]
    public void AVeryLongNameIsShortenedKeepingItsExtension()
    {
        var name = SuggestedName.Clean(new string('a', 300) + ".pdf")!;

        name.Length.ShouldBe(120);
        name.ShouldEndWith("a.pdf");
    }

    [Fact]
    public void ShorteningNeverSplitsACharacter()
    {
        var name = SuggestedName.Clean(new string('a', 115) + "😀😀😀.pdf")!;

        name.ShouldBe(new string('a', 115) + ".pdf");
    }
}
