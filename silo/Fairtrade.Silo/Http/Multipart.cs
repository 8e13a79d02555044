using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Fairtrade.Silo.Http;

/// <summary>What every multipart/form-data endpoint reads the same way: the boundary, and when a body is broken.</summary>
public static class Multipart
{
    /// <summary>A reader over the request's parts; a 400 naming <c>body</c> when it has no boundary.</summary>
    public static MultipartReader Reader(HttpRequest request)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var type) ? HeaderUtilities.RemoveQuotes(type.Boundary).Value : null;
        return string.IsNullOrEmpty(boundary)
            ? throw RefusedException.ForField("body", ValidationTexts.Current.NoBoundary)
            : new MultipartReader(boundary, request.Body);
    }

    /// <summary>
    /// A body cut short or broken in its framing. An oversized one (<see cref="BadHttpRequestException"/>) is not:
    /// it keeps its 413.
    /// </summary>
    public static bool IsBroken(Exception exception) => exception is IOException and not BadHttpRequestException or InvalidDataException;

    public static RefusedException Broken() => RefusedException.ForField("body", ValidationTexts.Current.BrokenMultipart);
}
