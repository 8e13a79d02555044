using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Fairtrade.Silo.Http;

/// <summary>
/// JSON encoded already, sent as it is with its entity tag; a client that holds that tag (<c>If-None-Match</c>) gets
/// 304 and no body. <typeparamref name="T"/> is what the JSON describes, for the API's description.
/// </summary>
/// <param name="shared">Whether any cache may keep it; false for what only the signed-in caller may see.</param>
public sealed class TaggedJson<T>(byte[] json, string etag, bool shared) : IResult, IEndpointMetadataProvider
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = etag;
        // Caches keep it but ask each time; a change is seen at once.
        response.Headers.CacheControl = shared ? "no-cache" : "private, no-cache";
        if (Holds(httpContext.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json).AsTask();
    }

    [SuppressMessage("Design", "CA1000", Justification = "The endpoint metadata interface is static, as on the framework's own typed results.")]
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }

    // If-None-Match compares weakly: W/"x" holds "x".
    private bool Holds(StringValues ifNoneMatch) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag));
}
