using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Turns what fails before a handler runs (malformed or unknown JSON, an oversized body, a bad query value) into a
/// problem-details answer naming the field, and anything unexpected into a plain 500 without internals.
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

        var (status, title, errors) = exception switch
        {
            FieldException field => (StatusCodes.Status400BadRequest, "The request has invalid fields.", new Dictionary<string, string[]> { [field.Field] = [field.Message] }),
            RefusedException refused => (refused.Status, refused.Title, null),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge,
                $"The request body is larger than the {httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? HttpExtensions.MaxJsonBodyBytes} bytes this endpoint takes.", null),
            BadHttpRequestException { InnerException: JsonException json } => (StatusCodes.Status400BadRequest, "The request body is not valid JSON for this endpoint.", JsonErrors(json)),
            BadHttpRequestException bad => (bad.StatusCode, "The request could not be read.", ParameterErrors(bad)),
            _ => (StatusCodes.Status500InternalServerError, "Something went wrong on the server; nothing was changed.", null),
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

        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = (exception as RefusedException)?.Message ?? title };
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

    private static Dictionary<string, string[]> JsonErrors(JsonException json)
    {
        // The path names the offending member, also for unknown ones: "$.contact.foo" → "contact.foo".
        var field = json.Path is null or "$" ? "body" : json.Path[2..];
        var message = field == "body" ? "The body is not well-formed JSON."
            : UnknownMember().IsMatch(json.Message) ? "is not a field of this request."
            : "has a value of the wrong type or format.";
        return new() { [field] = [message] };
    }

    private static Dictionary<string, string[]>? ParameterErrors(BadHttpRequestException bad)
    {
        var parameter = FailedParameter().Match(bad.Message);
        return parameter.Success ? new() { [parameter.Groups[1].Value] = ["has a value of the wrong type or format."] } : null;
    }

    [GeneratedRegex("The JSON property '[^']+' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("parameter \"\\S+ (\\w+)\"")]
    private static partial Regex FailedParameter();
}
