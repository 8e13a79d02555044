using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Turns what fails before a handler runs (malformed or unknown JSON, an oversized body, a bad query value) into a
/// problem-details answer naming the field, and anything unexpected into a plain 500 without internals; worded in
/// the request's language, which request localization set before this handler's middleware runs.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The client went away mid-request (a phone losing its connection): nobody to answer, nothing went wrong here.
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }

        var texts = ProblemTexts.Current;
        var fields = ValidationTexts.Current;
        var (status, detail, errors) = exception switch
        {
            FieldException field => (StatusCodes.Status400BadRequest, texts.SeeErrors, new Dictionary<string, string[]> { [field.Field] = [field.Message] }),
            RefusedException refused => (refused.Status, refused.Message, null),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge,
                texts.BodyTooLarge(httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? HttpExtensions.MaxJsonBodyBytes), null),
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, fields.InvalidJson, JsonErrors(json, fields)),
            BadHttpRequestException bad => (bad.StatusCode, fields.Unreadable, ParameterErrors(bad, fields)),
            _ => (StatusCodes.Status500InternalServerError, texts.ServerError, null),
        };
        if (status >= 500 && exception is not RefusedException)
        {
            logger.LogError(exception, "Unhandled error for {Method} {Path}", httpContext.Request.Method, LoggablePath(httpContext));
        }

        httpContext.Response.StatusCode = status;
        if (exception is RefusedException { RetryAfter: { } retryAfter })
        {
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
        }

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = texts.Title(status), Detail = detail };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>A path that carries a secret (a calendar feed's) is logged as its route's pattern, without the values.</summary>
    private static string LoggablePath(HttpContext httpContext) =>
        httpContext.Features.Get<IExceptionHandlerFeature>() is { RouteValues: { } values, Endpoint: RouteEndpoint { RoutePattern.RawText: { } pattern } }
        && values.ContainsKey("secret")
            ? pattern
            : httpContext.Request.Path.ToString();

    // The serializer and the binder say which member or parameter failed only in their exception's message.
    private static Dictionary<string, string[]> JsonErrors(JsonException json, ValidationTexts fields)
    {
        // The path names the offending member, also for unknown ones: "$.contact.foo" → "contact.foo".
        var field = json.Path is null or "$" ? "body" : json.Path[2..];
        var message = field == "body" ? fields.NotJson
            : UnknownMember().IsMatch(json.Message) ? fields.NotAField
            : fields.WrongType;
        return new() { [field] = [message] };
    }

    private static Dictionary<string, string[]>? ParameterErrors(BadHttpRequestException bad, ValidationTexts fields)
    {
        var parameter = FailedParameter().Match(bad.Message);
        return parameter.Success ? new() { [parameter.Groups[1].Value] = [fields.WrongType] } : null;
    }

    [GeneratedRegex("The JSON property '[^']+' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("parameter \"\\S+ (\\w+)\"")]
    private static partial Regex FailedParameter();
}
