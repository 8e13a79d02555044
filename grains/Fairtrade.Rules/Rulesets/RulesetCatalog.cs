using System.Reflection;

namespace Fairtrade.Rules.Rulesets;

/// <summary>The rulesets the product knows: the built-in ones and those loaded from a folder.</summary>
public sealed class RulesetCatalog
{
    private const string BuiltInPrefix = "Fairtrade.Rules.Rulesets.BuiltIn.";
    private readonly Dictionary<string, Ruleset> _rulesets;

    public RulesetCatalog(IEnumerable<Ruleset> rulesets)
    {
        _rulesets = new Dictionary<string, Ruleset>(StringComparer.Ordinal);
        foreach (var ruleset in rulesets)
        {
            if (!_rulesets.TryAdd(ruleset.Id, ruleset))
            {
                throw new RulesetException($"Two rulesets have the id '{ruleset.Id}'.");
            }
        }
    }

    public IReadOnlyCollection<Ruleset> All => _rulesets.Values;

    public Ruleset? Find(string id) => _rulesets.GetValueOrDefault(id);

    public Ruleset Get(string id) => Find(id) ?? throw new RulesetException($"There is no ruleset '{id}'.");

    /// <summary>The built-in rulesets plus every <c>*.json</c> file in <paramref name="directory"/>, if given.</summary>
    public static RulesetCatalog Load(string? directory)
    {
        var rulesets = BuiltIn().ToList();
        if (!string.IsNullOrWhiteSpace(directory))
        {
            if (!Directory.Exists(directory))
            {
                throw new RulesetException($"The rulesets folder '{directory}' does not exist.");
            }

            rulesets.AddRange(Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal)
                .Select(file => RulesetLoader.Parse(Path.GetFileName(file), File.ReadAllText(file))));
        }

        return new RulesetCatalog(rulesets);
    }

    public static IEnumerable<Ruleset> BuiltIn()
    {
        var assembly = Assembly.GetExecutingAssembly();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(BuiltInPrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return RulesetLoader.Parse(name[BuiltInPrefix.Length..], reader.ReadToEnd());
        }
    }
}
