using System.Collections;
using System.Reflection;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Silo.Tests.Localization;

/// <summary>Every language says everything the product says, and nothing it never says.</summary>
public sealed class CatalogParityTests
{
    public static TheoryData<string> Languages => [.. CampaignLanguages.Supported];

    [Fact]
    public void TheProductHasItsCatalogs() =>
        TextCatalogs.All.Select(type => type.Name).ShouldContain("ManageTexts");

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryLanguageHoldsExactlyTheEnglishKeys(string language)
    {
        var differences = TextCatalogs.All.SelectMany(catalog =>
        {
            var english = TextCatalogs.Keys(catalog, "en");
            var own = TextCatalogs.Keys(catalog, language);
            return english.Except(own).Select(key => $"{catalog.Name}.{language}: missing {key}")
                .Concat(own.Except(english).Select(key => $"{catalog.Name}.{language}: not in English {key}"));
        });

        differences.ShouldBeEmpty();
    }

    [Fact]
    public void EveryKeyBelongsToAMemberAndEveryMemberHasItsKeys()
    {
        var problems = TextCatalogs.All.SelectMany(catalog =>
        {
            var keys = TextCatalogs.Keys(catalog, "en");
            var members = TextCatalogs.KeyedMembers(catalog).Select(member => member.Name).ToHashSet(StringComparer.Ordinal);
            var unused = keys.Where(key => !members.Contains(key.Split('.')[0])).Select(key => $"{catalog.Name}: no member reads {key}");
            var missing = members.Where(member => !keys.Contains(member) && !keys.Any(key => key.StartsWith(member + ".", StringComparison.Ordinal)))
                .Select(member => $"{catalog.Name}.{member}: no key");
            return unused.Concat(missing);
        });

        problems.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryGroupListsExactlyItsKeys(string language)
    {
        var problems = new List<string>();
        foreach (var catalog in TextCatalogs.All)
        {
            var instance = TextCatalogs.Instance(catalog, language);
            var keys = TextCatalogs.Keys(catalog, "en");
            foreach (var property in TextCatalogs.KeyedMembers(catalog).OfType<PropertyInfo>().Where(p => p.PropertyType != typeof(string)))
            {
                var listed = property.GetValue(instance) switch
                {
                    IDictionary group => group.Keys.Cast<object>().Select(key => $"{property.Name}.{key}"),
                    IReadOnlyList<string> list => keys.Where(key => key.StartsWith(property.Name + ".", StringComparison.Ordinal)).Take(list.Count),
                    var other => [$"{property.Name}: {other?.GetType().Name} is no group"],
                };
                var written = keys.Where(key => key.StartsWith(property.Name + ".", StringComparison.Ordinal));
                problems.AddRange(written.Except(listed).Select(key => $"{catalog.Name}: {key} is written but not listed"));
                problems.AddRange(listed.Except(written).Select(key => $"{catalog.Name}: {key} is listed but not written"));
            }
        }

        problems.ShouldBeEmpty();
    }
}
