using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Http;

/// <summary>
/// Turns what the framework fails on before a handler runs (malformed JSON, an unknown member, an oversized or
/// unreadable body) into a problem-details answer, and anything unexpected into a plain 500 without internals; worded in the request's language, which request localization set
/// before this handler's middleware runs. It decides by exception type, status and JSON path, never by message text.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems, IOptions<JsonOptions> json, ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
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
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge,
                texts.BodyTooLarge(httpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? HttpExtensions.MaxJsonBodyBytes), null),
            BadHttpRequestException { InnerException: JsonException failed } => (StatusCodes.Status400BadRequest, fields.InvalidJson, JsonErrors(httpContext, failed, fields)),
            BadHttpRequestException bad => (bad.StatusCode, fields.Unreadable, null),
            _ => (StatusCodes.Status500InternalServerError, texts.ServerError, null),
        };
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error for {Method} {Path}", httpContext.Request.Method, LoggablePath(httpContext));
        }

        httpContext.Response.StatusCode = status;
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

    private Dictionary<string, string[]> JsonErrors(HttpContext httpContext, JsonException failed, ValidationTexts fields)
    {
        var body = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        var (field, message) = JsonBodyError.Of(failed, body, json.Value.SerializerOptions, fields);
        return Errors(field, message);
    }

    private static Dictionary<string, string[]> Errors(string field, string message) => new() { [field] = [message] };
}
