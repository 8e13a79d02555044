using System.Reflection;
using System.Text.Json;

namespace Fairtrade.Rules.Products;

/// <summary>
/// Maps the product names people write ("Bio-Kaffee", "Orangensaft", "bananas") to a category, in German,
/// English, French and Italian. An exact word wins; otherwise the longest known word contained in the name (German compounds);
/// short words match only exactly, so "tea" does not hide in "steak".
/// </summary>
public sealed class ProductVocabulary
{
    private const int ShortestPartialWord = 4;
    private readonly Dictionary<string, ProductCategory> _words;
    private readonly (string Word, ProductCategory Category)[] _byLength;

    public ProductVocabulary(IReadOnlyDictionary<ProductCategory, IReadOnlyList<string>> words)
    {
        _words = new Dictionary<string, ProductCategory>(StringComparer.Ordinal);
        foreach (var (category, list) in words)
        {
            foreach (var word in list)
            {
                _words[Normalize(word)] = category;
            }
        }

        _byLength = [.. _words.Where(w => w.Key.Length >= ShortestPartialWord)
            .OrderByDescending(w => w.Key.Length).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => (w.Key, w.Value))];
    }

    /// <summary>The vocabulary shipped with the product.</summary>
    public static ProductVocabulary Default { get; } = LoadDefault();

    public ProductCategory Categorize(string productName)
    {
        var name = Normalize(productName);
        if (_words.TryGetValue(name, out var exact))
        {
            return exact;
        }

        foreach (var (word, category) in _byLength)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return category;
            }
        }

        return ProductCategory.Other;
    }

    public IReadOnlySet<ProductCategory> Categories(IEnumerable<string> productNames) =>
        productNames.Select(Categorize).ToHashSet();

    private static string Normalize(string text) => string.Join(' ', text.Trim().ToLowerInvariant()
        .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static ProductVocabulary LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Fairtrade.Rules.Products.vocabulary.json")
            ?? throw new InvalidOperationException("The product vocabulary is not embedded in Fairtrade.Rules.");
        var raw = JsonSerializer.Deserialize<Dictionary<string, string[]>>(stream)
            ?? throw new InvalidOperationException("The product vocabulary is empty.");
        return new ProductVocabulary(raw.ToDictionary(
            entry => Enum.Parse<ProductCategory>(entry.Key, ignoreCase: true),
            entry => (IReadOnlyList<string>)entry.Value));
    }
}
