using Fairtrade.Abstractions.Evidence;

namespace Fairtrade.Silo.Evidence;

/// <summary>
/// A multipart evidence form's fields checked as the JSON body is: the texts that must read as a kind or a day by the
/// attributes' own checks, the request by the framework's validation; every error, each naming its field.
/// </summary>
public static class EvidenceFormCheck
{
    public static async Task<(SubmitEvidenceRequest Request, Dictionary<string, string[]> Errors)> CheckAsync(
        IReadOnlyDictionary<string, string> fields, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (kindText, dayText) = (fields.GetValueOrDefault("kind"), fields.GetValueOrDefault("effectiveDate"));
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (KebabEnum.Refusal<EvidenceKind>(kindText) is { } badKind)
        {
            errors["kind"] = [badKind];
        }

        if (DayAttribute.Refusal(dayText) is { } badDay)
        {
            errors["effectiveDate"] = [badDay];
        }

        var request = new SubmitEvidenceRequest(fields.GetValueOrDefault("subject"),
            errors.ContainsKey("kind") ? null : KebabEnum.Checked<EvidenceKind>(kindText),
            errors.ContainsKey("effectiveDate") ? null : Days.Parse(dayText),
            fields.GetValueOrDefault("note"), fields.GetValueOrDefault("revises"));

        // A kind or day that did not read is left out of the request: its error is already said, not "is required" too.
        foreach (var (field, messages) in await RequestValidation.ErrorsAsync(request, services, cancellationToken))
        {
            errors.TryAdd(field, messages);
        }

        return (request, errors);
    }
}
