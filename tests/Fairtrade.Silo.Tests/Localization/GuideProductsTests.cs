using Fairtrade.Rules.Rulesets;
using Fairtrade.Silo.Web;

namespace Fairtrade.Silo.Tests.Localization;

/// <summary>A product the shopping guide knows, written in any of our languages, is printed in the page's.</summary>
public sealed class GuideProductsTests
{
    public static TheoryData<string, string> WrittenAndPrinted
    {
        get
        {
            var pairs = new TheoryData<string, string>();
            foreach (var written in CampaignLanguages.Supported)
            {
                foreach (var printed in CampaignLanguages.Supported)
                {
                    pairs.Add(written, printed);
                }
            }

            return pairs;
        }
    }

    [Theory]
    [MemberData(nameof(WrittenAndPrinted))]
    public void EveryKnownProductWrittenInOneLanguageIsPrintedInAnother(string written, string printed)
    {
        var from = GuideTexts.For(written).Products;
        var to = GuideTexts.For(printed);

        var names = from.Keys.Select(key => $"{key}: {string.Join(", ", GuideProducts.Names([from[key]], to))}");

        names.ShouldBe(from.Keys.Select(key => $"{key}: {to.Products[key]}"), "a name shared by two products would print the wrong one");
    }

    [Fact]
    public void AProductIsRecognisedWhateverItsCaseAndSpacesOnceAndAnUnknownOneIsPrintedAsWritten() =>
        GuideProducts.Names([" kaffee ", "Caffè", "COFFEE", "Mate"], GuideTexts.For("fr")).ShouldBe(["Café", "Mate"]);
}
