using System.Globalization;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.UploadLinks;

/// <summary>
/// The limits of one upload link (<see cref="LimitOptions.UploadsPerHour"/>, <see cref="LimitOptions.UploadBytesPerDay"/>):
/// beyond them an upload is 429 with <c>Retry-After</c>. An upload holds its place before its file is read (so uploads
/// sent at once count against each other), grows it to the file's size once known, and is counted for good only once
/// accepted; a refused one lets its place go. Coordinators have no such limit.
/// </summary>
public sealed class UploadLinkQuota(IGrainFactory grains, IOptions<FairtradeOptions> options)
{
    /// <summary>A place held for one upload through a link, or none for a caller without limits.</summary>
    public sealed record Place(IUploadQuotaGrain? Grain, string? HoldId)
    {
        public Task CountAsync() => Grain is null ? Task.CompletedTask : Grain.CountAsync(HoldId!);

        public Task ReleaseAsync() => Grain is null ? Task.CompletedTask : Grain.ReleaseAsync(HoldId!);
    }

    /// <summary>Holds a place for the caller's upload; the refusal instead if its link may send no more now.</summary>
    public async Task<(Place? Place, IResult? Refusal)> HoldAsync(ClaimsPrincipal user, HttpContext http)
    {
        if (Grain(user) is not { } quota)
        {
            return (new Place(null, null), null);
        }

        var hold = await quota.HoldAsync(0, Limits());
        return hold.Id is { } id ? (new Place(quota, id), null) : (null, Refuse(hold.Wait, http));
    }

    /// <summary>Grows the place to the file's size; the refusal (the place let go) if the link's day has no room for it.</summary>
    public async Task<IResult?> ResizeAsync(Place place, long bytes, HttpContext http)
    {
        if (place.Grain is null)
        {
            return null;
        }

        var wait = await place.Grain.ResizeAsync(place.HoldId!, bytes, Limits());
        return wait > TimeSpan.Zero ? Refuse(wait, http) : null;
    }

    private UploadLimits Limits() => new(options.Value.Limits.UploadsPerHour, options.Value.Limits.UploadBytesPerDay);

    private ProblemHttpResult Refuse(TimeSpan wait, HttpContext http)
    {
        var limits = options.Value.Limits;
        http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return Problems.TooManyRequests(t => t.UploadQuota(limits.UploadsPerHour, limits.UploadBytesPerDay / (1024 * 1024), Describe(t, wait)));
    }

    private IUploadQuotaGrain? Grain(ClaimsPrincipal user) =>
        user.LinkedParticipant() is var (town, participant) && user.LinkId() is { } link
            ? grains.UploadQuota(town, participant, link)
            : null;

    private static string Describe(ProblemTexts texts, TimeSpan wait) =>
        wait < TimeSpan.FromMinutes(1) ? texts.AMinute
        : wait < TimeSpan.FromHours(1) ? texts.Minutes((int)Math.Ceiling(wait.TotalMinutes))
        : texts.Hours((int)Math.Ceiling(wait.TotalHours));
}
