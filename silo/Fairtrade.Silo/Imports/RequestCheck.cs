namespace Fairtrade.Silo.Imports;

/// <summary>
/// Checks a row's request by the framework's validation, with the same rules the API checks it with, and puts each
/// failure at its column.
/// </summary>
public static class RequestCheck
{
    /// <returns>Whether the request is valid.</returns>
    public static bool Validate(object request, ImportRow row, IReadOnlyDictionary<string, ImportField> fields, IServiceProvider services)
    {
        // The rules are attributes, checked synchronously: the validation's task is complete when it returns.
        var errors = RequestValidation.MemberErrorsAsync(request, services, CancellationToken.None).GetAwaiter().GetResult();
        foreach (var (member, messages) in errors)
        {
            foreach (var message in messages)
            {
                row.Error(fields.TryGetValue(member, out var field) ? field : null, message);
            }
        }

        return errors.Count == 0;
    }
}
