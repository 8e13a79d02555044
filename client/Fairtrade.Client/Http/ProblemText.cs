using System.Net;
using System.Text;

namespace Fairtrade.Client.Http;

/// <summary>Turns an error answer (RFC 9457 problem details, or anything else) into sentences for a person.</summary>
public static class ProblemText
{
    public static string Describe(HttpStatusCode status, string? body)
    {
        var code = (int)status;
        var text = new StringBuilder($"The server refused ({code}): ");
        var (title, detail, errors) = Parse(body);
        text.Append(Hint(status) ?? title ?? status.ToString());
        if (detail is not null && detail != title)
        {
            text.Append(' ').Append(detail);
        }

        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                text.AppendLine().Append("  ").Append(field).Append(": ").Append(message);
            }
        }

        return text.ToString();
    }

    // The authentication answers carry no body worth showing; say what to do.
    private static string? Hint(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized => "the token is missing, wrong or revoked; log in again with 'fairtrade login --server URL'.",
        HttpStatusCode.Forbidden => "this token may not do that.",
        _ => null,
    };

    private static (string? Title, string? Detail, List<(string Field, List<string> Messages)> Errors) Parse(string? body)
    {
        var errors = new List<(string, List<string>)>();
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, errors);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, errors);
            }

            if (root.TryGetProperty("errors", out var fields) && fields.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in fields.EnumerateObject())
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? field.Value.EnumerateArray().Select(m => m.ToString()).ToList()
                        : [field.Value.ToString()];
                    errors.Add((field.Name, messages));
                }
            }

            return (Text(root, "title"), Text(root, "detail"), errors);
        }
        catch (JsonException)
        {
            return (null, body.Length > 200 ? body[..200] : body, errors);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
