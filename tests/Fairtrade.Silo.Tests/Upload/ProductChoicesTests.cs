using Fairtrade.Rules.Products;
using Fairtrade.Silo.Upload;

namespace Fairtrade.Silo.Tests.Upload;

/// <summary>The products a shop ticks: every one counts as its category, and what it offers keeps its own name.</summary>
public sealed class ProductChoicesTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("it")]
    public void EveryProductOfferedToTickIsUnderstoodAsItsCategory(string language)
    {
        var texts = ShopTexts.For(language);

        texts.Products.Keys.Order().ShouldBe(Enum.GetValues<ProductCategory>().Where(c => c != ProductCategory.Other));
        texts.Products.ShouldAllBe(p => ProductVocabulary.Default.Categorize(p.Value) == p.Key);
    }

    [Fact]
    public void WhatAShopOffersIsTickedUnderItsOwnNameInPlaceOfItsCategory()
    {
        var choices = ProductChoices.For(["Espresso", "Filterkaffee", "Seife aus Olivenöl"], ShopTexts.For("en"), ProductVocabulary.Default);

        choices.Where(c => c.Offered).Select(c => c.Name).ShouldBe(["Espresso", "Filterkaffee", "Seife aus Olivenöl"]);
        choices.Select(c => c.Name).ShouldNotContain("Coffee");
        choices.Where(c => !c.Offered).Select(c => c.Name).ShouldBe(["Tea", "Chocolate", "Sugar", "Bananas", "Juice", "Flowers", "Wine", "Rice", "Spices", "Textiles"]);
    }
}
