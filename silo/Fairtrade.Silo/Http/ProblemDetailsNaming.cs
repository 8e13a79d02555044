namespace Fairtrade.Silo.Http;

/// <summary>
/// Names fields in problem details as the JSON of the request names them (camelCase): the built-in validation keys
/// its errors by C# property names. Words every problem's title, and the detail of one that has none (a bare 401 or
/// 404), in the request's language: the framework's own are English.
/// </summary>
public static class ProblemDetailsNaming
{
    public static void Apply(ProblemDetailsContext context)
    {
        if (context.ProblemDetails is HttpValidationProblemDetails validation)
        {
            var renamed = validation.Errors.ToDictionary(error => FieldNames.Json(error.Key), error => error.Value);
            validation.Errors.Clear();
            foreach (var (field, messages) in renamed)
            {
                validation.Errors[field] = messages;
            }
        }

        var texts = ProblemTexts.Current;
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        context.ProblemDetails.Title = texts.Title(status);
        context.ProblemDetails.Detail ??= status switch
        {
            StatusCodes.Status401Unauthorized => texts.NeedsToken,
            StatusCodes.Status403Forbidden => texts.NotAllowed,
            StatusCodes.Status400BadRequest => texts.SeeErrors,
            StatusCodes.Status404NotFound => texts.NothingHere,
            StatusCodes.Status405MethodNotAllowed => texts.WrongMethod,
            StatusCodes.Status413PayloadTooLarge => texts.BodyTooLarge(HttpExtensions.MaxJsonBodyBytes),
            StatusCodes.Status415UnsupportedMediaType => texts.JsonOnly,
            StatusCodes.Status429TooManyRequests => texts.TryLater,
            StatusCodes.Status500InternalServerError => texts.ServerError,
            _ => texts.Title(status),
        };
    }
}
