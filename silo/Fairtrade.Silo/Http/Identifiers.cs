using System.Text.RegularExpressions;

namespace Fairtrade.Silo.Http;

/// <summary>Town slugs and participant ids: lower-case letters, digits and inner hyphens, at most 64 characters.</summary>
public static partial class Identifiers
{
    public const string Pattern = "^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$";

    public static bool IsValid(string? value) => value is not null && Regex().IsMatch(value);

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();
}
