using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Fairtrade.Rules.Rulesets;

namespace Fairtrade.Grains.Localization;

/// <summary>
/// The texts of one part of the product (a page, a mail, the workbook) in one language. A catalog's members name
/// its keys; the words are in the .resx files beside its class: <c>X.resx</c> English, <c>X.de.resx</c>,
/// <c>X.fr.resx</c>, <c>X.it.resx</c>. Pages, workbooks and mails alike ask for a language explicitly, because a
/// mail or a workbook is written in its reader's language, not in the language of whoever caused it.
/// </summary>
public abstract class TextCatalog<TSelf> where TSelf : TextCatalog<TSelf>, new()
{
    private static readonly ConcurrentDictionary<string, TSelf> ByLanguage = new();
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _groups = new();
    private ResourceTexts _words = null!;

    /// <summary>The language code of these texts: de, en, fr or it.</summary>
    public string Language { get; private set; } = "";

    /// <summary>The texts in a language we speak; any other language gets English.</summary>
    [SuppressMessage("Design", "CA1000", Justification = "Read as the catalog's own: ManageTexts.For(language).")]
    public static TSelf For(string? language)
    {
        var known = language is not null && CampaignLanguages.Supported.Contains(language) ? language : CampaignLanguages.Fallback;
        return ByLanguage.GetOrAdd(known, static code =>
        {
            var catalog = new TSelf();
            catalog.Language = code;
            catalog._words = new ResourceTexts(typeof(TSelf), CultureInfo.GetCultureInfo(code));
            return catalog;
        });
    }

    /// <summary>
    /// The texts in the language of the request being answered, which request localization has set. Only for answers
    /// to a request (refusals): a mail or a workbook asks <see cref="For"/> with its reader's language.
    /// </summary>
    [SuppressMessage("Design", "CA1000", Justification = "Read as the catalog's own: ProblemTexts.Current.")]
    public static TSelf Current => For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>The text whose key is the calling member's name.</summary>
    protected string Get([CallerMemberName] string key = "") => _words[key];

    /// <summary>A text with values put in its <c>{0}</c>, <c>{1}</c>… places.</summary>
    protected string Format(string key, params object?[] values) => _words[key, values!];

    /// <summary>
    /// Texts keyed within a group: the keys <c>Kinds.retail</c> and <c>Kinds.catering</c> make the group <c>Kinds</c>
    /// with the entries <c>retail</c> and <c>catering</c>; in the order of <paramref name="order"/> where one is given
    /// (options in a form), else in the order of their keys.
    /// </summary>
    protected IReadOnlyDictionary<string, string> Group(IReadOnlyList<string>? order = null, [CallerMemberName] string group = "") =>
        _groups.GetOrAdd(group, name =>
        {
            var prefix = name + ".";
            var keys = order ?? [.. _words.GetAllStrings(includeParentCultures: true)
                .Select(text => text.Name)
                .Where(key => key.StartsWith(prefix, StringComparison.Ordinal))
                .Select(key => key[prefix.Length..])
                .Order(StringComparer.Ordinal)];
            return keys.ToDictionary(key => key, key => _words[prefix + key].Value);
        });

    /// <summary>A group whose keys are numbered (<c>Headers.01</c>, <c>Headers.02</c>…), as a list in that order.</summary>
    protected IReadOnlyList<string> List([CallerMemberName] string group = "") => [.. Group(group: group).Values];
}
