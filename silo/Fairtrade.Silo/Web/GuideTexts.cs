using System.Globalization;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Grains.Localization;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Web;

/// <summary>What the printable shopping guide says (GuideTexts.*.resx); users' own text is never in here.</summary>
public sealed class GuideTexts : TextCatalog<GuideTexts>
{
    /// <summary>The link to the guide on the town's public page.</summary>
    public string OpenGuide => Get();

    public string Heading(string town) => Format(nameof(Heading), town);

    /// <summary>What the guide is, with the town's name.</summary>
    public string Lead(string town) => Format(nameof(Lead), town);

    /// <summary>
    /// The title line of an awarded town by the name of its kind, with a <c>{0}</c> for the day of the award. Every kind
    /// is listed, so that a kind added without its words fails the catalogs' parity check instead of printing a key.
    /// </summary>
    public IReadOnlyDictionary<string, string> TitleSince => Group(Enum.GetNames<TownKind>());

    /// <summary>The day the guide was made, and so printed.</summary>
    public string AsOf(string day) => Format(nameof(AsOf), day);

    public string Print => Get();

    /// <summary>The headings of the kinds of outlet the guide lists, by the name of the kind.</summary>
    public IReadOnlyDictionary<string, string> Groups => Group([nameof(ParticipantKind.Retail), nameof(ParticipantKind.Catering)]);

    /// <summary>The words before the public page's address, which the printed guide shows as text.</summary>
    public string LiveList => Get();

    /// <summary>
    /// Common products by a key shared by all languages: a product written as any language's name is printed in the
    /// page's (<see cref="GuideProducts"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> Products => Group();

    [Composed]
    public string TitleLine(TownKind kind, string day) =>
        string.Format(CultureInfo.GetCultureInfo(Language), TitleSince[kind.ToString()], day);

    [Composed]
    public string GroupHeading(ParticipantKind kind) => Groups[kind.ToString()];
}
