using Fairtrade.Rules.Products;

namespace Fairtrade.Rules.Tests.Products;

public sealed class ProductVocabularyTests
{
    [Theory]
    [InlineData("Kaffee", ProductCategory.Coffee)]
    [InlineData("coffee", ProductCategory.Coffee)]
    [InlineData("  Bio-Kaffee  ", ProductCategory.Coffee)]
    [InlineData("Kaffeebohnen aus Peru", ProductCategory.Coffee)]
    [InlineData("Eistee", ProductCategory.Tea)]
    [InlineData("Green Tea", ProductCategory.Tea)]
    [InlineData("Orangensaft", ProductCategory.Juice)]
    [InlineData("Bananen", ProductCategory.Fruit)]
    [InlineData("Zartbitterschokolade", ProductCategory.Cocoa)]
    [InlineData("Rosen", ProductCategory.Flowers)]
    [InlineData("Rotwein", ProductCategory.Wine)]
    [InlineData("Basmatireis", ProductCategory.Rice)]
    [InlineData("T-Shirts", ProductCategory.Textiles)]
    [InlineData("steak", ProductCategory.Other)]
    [InlineData("Honig", ProductCategory.Other)]
    public void ProductNamesInGermanAndEnglishMapToTheirCategory(string name, ProductCategory expected)
    {
        ProductVocabulary.Default.Categorize(name).ShouldBe(expected);
    }
}
