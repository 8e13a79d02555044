using Fairtrade.Rules.Products;

namespace Fairtrade.Silo.Upload;

/// <summary>One product to tick: the name sent when ticked, and whether the participant offers it now.</summary>
public sealed record ProductChoice(string Name, bool Offered);

/// <summary>
/// The products a shop ticks on its page: what it offers now, under the names it uses (so saving unchanged changes
/// nothing), and for every category of the product vocabulary it has nothing of, that category's product in the
/// page's language. Products the vocabulary does not know come last, ticked.
/// </summary>
public static class ProductChoices
{
    public static ProductChoice[] For(IReadOnlyCollection<string> offered, ShopTexts texts, ProductVocabulary vocabulary)
    {
        var byCategory = offered.ToLookup(vocabulary.Categorize);
        return
        [
            .. texts.Products.OrderBy(p => p.Key).SelectMany(p => byCategory[p.Key].Any()
                ? byCategory[p.Key].Select(name => new ProductChoice(name, true))
                : [new ProductChoice(p.Value, false)]),
            .. byCategory[ProductCategory.Other].Select(name => new ProductChoice(name, true)),
        ];
    }
}
