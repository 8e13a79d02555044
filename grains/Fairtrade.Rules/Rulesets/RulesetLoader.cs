using System.Text.Json;

namespace Fairtrade.Rules.Rulesets;

/// <summary>Reads a ruleset file strictly: unknown, missing or null fields and nonsense numbers are refused.</summary>
public static class RulesetLoader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    /// <summary>Parses <paramref name="json"/>; <paramref name="sourceName"/> (the file name) is named in every error.</summary>
    public static Ruleset Parse(string sourceName, string json)
    {
        Ruleset? ruleset;
        try
        {
            ruleset = JsonSerializer.Deserialize<Ruleset>(json, Options);
        }
        catch (JsonException exception)
        {
            throw new RulesetException($"{sourceName}: field '{exception.Path ?? "$"}': {exception.Message}", exception);
        }

        if (ruleset is null)
        {
            throw new RulesetException($"{sourceName}: field '$': the file holds no ruleset.");
        }

        var errors = RulesetValidator.Validate(ruleset);
        if (errors.Count > 0)
        {
            var (field, message) = errors[0];
            throw new RulesetException($"{sourceName}: field '{field}': {message}");
        }

        return ruleset;
    }
}
