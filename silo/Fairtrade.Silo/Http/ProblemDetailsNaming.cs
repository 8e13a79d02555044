using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Names fields in problem details as the JSON of the request names them (camelCase): the built-in validation
/// reports C# property names. Also gives bare 401/403 answers a sentence a user can act on.
/// </summary>
public static class ProblemDetailsNaming
{
    public static void Apply(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is HttpValidationProblemDetails validation)
        {
            var renamed = validation.Errors.ToDictionary(
                error => JsonName(error.Key),
                error => error.Value.Select(message => message.Replace($"field {error.Key} ", $"field {JsonName(error.Key)} ", StringComparison.Ordinal)).ToArray());
            validation.Errors.Clear();
            foreach (var (field, messages) in renamed)
            {
                validation.Errors[field] = messages;
            }
        }

        context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => "This needs a valid token: send 'Authorization: Bearer <token>'.",
            StatusCodes.Status403Forbidden => "Your token does not allow this.",
            StatusCodes.Status400BadRequest => "The request has invalid fields; see errors.",
            StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {HttpExtensions.MaxJsonBodyBytes} bytes.",
            StatusCodes.Status415UnsupportedMediaType => "This endpoint takes a JSON body (Content-Type: application/json).",
            StatusCodes.Status405MethodNotAllowed => "This path does not take that method.",
            var status => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status ?? 500) + ".",
        };
    }

    private static string JsonName(string path) =>
        string.Join('.', path.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
