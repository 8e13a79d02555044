using Fairtrade.Abstractions.TownCriteria;
using Fairtrade.Rules.Participants;

namespace Fairtrade.Silo.Imports;

/// <summary>The words the import understands in cells: kinds, sectors, yes and no, the workbook's in each of its languages and more.</summary>
public static class ImportWords
{
    private static readonly Dictionary<string, ParticipantKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Einzelhandel"] = ParticipantKind.Retail, ["Geschäft"] = ParticipantKind.Retail, ["Laden"] = ParticipantKind.Retail,
        ["Supermarkt"] = ParticipantKind.Retail, ["Weltladen"] = ParticipantKind.Retail, ["Shop"] = ParticipantKind.Retail,
        ["Gastronomie"] = ParticipantKind.Catering, ["Café"] = ParticipantKind.Catering, ["Cafe"] = ParticipantKind.Catering,
        ["Restaurant"] = ParticipantKind.Catering, ["Kantine"] = ParticipantKind.Catering,
        ["Kirchengemeinde"] = ParticipantKind.Faith, ["Gemeinde"] = ParticipantKind.Faith, ["Church"] = ParticipantKind.Faith,
        ["Arbeitsplatz"] = ParticipantKind.Workplace, ["Unternehmen"] = ParticipantKind.Workplace, ["Sonstige"] = ParticipantKind.Other,
    };

    private static readonly Dictionary<string, Sector> Sectors = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Zivilgesellschaft"] = Sector.CivilSociety, ["Politik"] = Sector.Politics, ["Verwaltung"] = Sector.Politics,
        ["Wirtschaft"] = Sector.Business, ["Sonstige"] = Sector.Other, ["Sonstiges"] = Sector.Other,
    };

    // Besides the workbook's own yes and no in each language: what people type, "si" where a keyboard has no ì.
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "x", "true", "wahr", "si", "1" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "false", "falsch", "0" };

    static ImportWords()
    {
        foreach (var texts in ImportColumns.Languages)
        {
            Yes.Add(texts.Yes);
            No.Add(texts.No);
            foreach (var (name, word) in texts.Kinds)
            {
                Kinds.TryAdd(word, Enum.Parse<ParticipantKind>(name, ignoreCase: true));
            }
        }
    }

    /// <summary>The workbook's own yes and no in each of its languages, as a report lists them: ja, nein, yes, no…</summary>
    public static string YesNoChoices { get; } = string.Join(", ", ImportColumns.Languages.SelectMany(t => new[] { t.Yes, t.No }).Distinct(StringComparer.OrdinalIgnoreCase));

    public static ParticipantKind? Kind(string text) =>
        KebabEnum.TryParse<ParticipantKind>(text.Trim().ToLowerInvariant(), out var kind) ? kind
        : Kinds.TryGetValue(text.Trim(), out kind) ? kind : null;

    public static string KindChoices => $"{string.Join(", ", KebabEnum.Names<ParticipantKind>())} (or Einzelhandel, Gastronomie, Schule, Verein, Glaubensgemeinschaft)";

    public static Sector? SectorOf(string text) =>
        KebabEnum.TryParse<Sector>(text.Trim().ToLowerInvariant(), out var sector) ? sector
        : Sectors.TryGetValue(text.Trim(), out sector) ? sector : null;

    public static string SectorChoices => $"{string.Join(", ", KebabEnum.Names<Sector>())} (or Zivilgesellschaft, Politik, Wirtschaft, Sonstiges)";

    /// <summary>Products in one cell, separated by commas, semicolons or line breaks.</summary>
    public static string[]? Products(string? cell) =>
        cell?.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } products ? products : null;

    /// <summary>Whether a cell names what the service holds: the same words, whatever the case and surrounding spaces.</summary>
    public static bool Same(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    public static bool? YesNo(string text) => Yes.Contains(text.Trim()) ? true : No.Contains(text.Trim()) ? false : null;
}
