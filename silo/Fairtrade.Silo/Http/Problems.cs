using System.Globalization;

namespace Fairtrade.Silo.Http;

/// <summary>
/// The problem answers the endpoints give. Each is worded by <see cref="ProblemTexts"/> in the language of the request,
/// so a call site chooses its sentence (<c>Problems.NotFound(t =&gt; t.NoTown(slug))</c>) but never writes one.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(Func<ProblemTexts, string> detail) => Problem(StatusCodes.Status404NotFound, detail);

    public static ProblemHttpResult Forbidden(Func<ProblemTexts, string> detail) => Problem(StatusCodes.Status403Forbidden, detail);

    public static ProblemHttpResult Conflict(Func<ProblemTexts, string> detail) => Problem(StatusCodes.Status409Conflict, detail);

    public static ProblemHttpResult Unprocessable(Func<ProblemTexts, string> detail) => Problem(StatusCodes.Status422UnprocessableEntity, detail);

    public static ProblemHttpResult TooManyRequests(Func<ProblemTexts, string> detail) => Problem(StatusCodes.Status429TooManyRequests, detail);

    public static ValidationProblem Field(string field, Func<ProblemTexts, string> message) => Field(field, message(ProblemTexts.Current));

    /// <summary>A field's message worded elsewhere, e.g. by <see cref="ValidationTexts"/>.</summary>
    public static ValidationProblem Field(string field, string message) => Fields(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>Every field's messages, each worded elsewhere (<see cref="RequestValidation"/>, the attributes).</summary>
    public static ValidationProblem Fields(IDictionary<string, string[]> errors)
    {
        var texts = ProblemTexts.Current;
        return TypedResults.ValidationProblem(errors, detail: texts.SeeErrors, title: texts.Title(StatusCodes.Status400BadRequest));
    }

    /// <summary>What a streaming reader refused (<see cref="ReaderRefusalsFilter"/>): a field error, or its status with its own sentence.</summary>
    public static IResult Refused(RefusedException refused, HttpResponse response)
    {
        if (refused.RetryAfter is { } wait)
        {
            response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }

        return refused.Field is { } field ? Field(field, refused.Message) : Problem(refused.Status, _ => refused.Message);
    }

    private static ProblemHttpResult Problem(int status, Func<ProblemTexts, string> detail)
    {
        var texts = ProblemTexts.Current;
        return TypedResults.Problem(statusCode: status, title: texts.Title(status), detail: detail(texts));
    }
}
