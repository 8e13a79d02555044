namespace Fairtrade.Silo.Files;

internal static class Sha256Hex
{
    /// <summary>Whether <paramref name="value"/> is a SHA-256 as we write it, and so safe to build a path from.</summary>
    public static bool IsValid(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);
}
