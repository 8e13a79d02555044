using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Fairtrade.Grains.Localization;

namespace Fairtrade.Silo.Tests.Localization;

/// <summary>Every text catalog of the product, and the keys each language's .resx file holds for it.</summary>
internal static class TextCatalogs
{
    public static IEnumerable<Type> All { get; } =
        new[] { typeof(Fairtrade.Silo.Web.ManageTexts).Assembly, typeof(TextCatalog<>).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type.BaseType is { IsGenericType: true } parent && parent.GetGenericTypeDefinition() == typeof(TextCatalog<>))
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .ToList();

    /// <summary>The keys written for exactly this language (English is the neutral file), none borrowed from another.</summary>
    public static SortedSet<string> Keys(Type catalog, string language)
    {
        var culture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        var set = new ResourceManager(catalog).GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        return new SortedSet<string>(set?.Cast<DictionaryEntry>().Select(entry => (string)entry.Key) ?? [], StringComparer.Ordinal);
    }

    /// <summary>The members that name a key or a group of keys: everything public the catalog declares, but what it composes.</summary>
    public static IEnumerable<MemberInfo> KeyedMembers(Type catalog) =>
        catalog.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(member => member is PropertyInfo || member is MethodInfo { IsSpecialName: false })
            .Where(member => member.GetCustomAttribute<ComposedAttribute>() is null);

    public static object Instance(Type catalog, string language) =>
        catalog.GetMethod("For", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.Invoke(null, [language])!;
}
