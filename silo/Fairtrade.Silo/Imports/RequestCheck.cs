using System.ComponentModel.DataAnnotations;

namespace Fairtrade.Silo.Imports;

/// <summary>Checks a row's request with the same attributes the API checks it with, and puts each failure at its column.</summary>
public static class RequestCheck
{
    /// <returns>Whether the request is valid.</returns>
    public static bool Validate(object request, ImportRow row, IReadOnlyDictionary<string, ImportField> fields)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return true;
        }

        foreach (var result in results)
        {
            var member = result.MemberNames.FirstOrDefault() ?? "";
            row.Error(fields.TryGetValue(member, out var field) ? field : null, result.ErrorMessage ?? ImportRowTexts.Current.NotValid(member));
        }

        return false;
    }
}
