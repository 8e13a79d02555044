using System.Globalization;
using System.Security.Claims;
using Fairtrade.Abstractions.Towns;
using Fairtrade.Abstractions.UploadLinks;
using Fairtrade.Silo.Hosting;
using Fairtrade.Silo.Security;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.UploadLinks;

/// <summary>
/// The limits of one upload link (<see cref="LimitOptions.UploadsPerHour"/>, <see cref="LimitOptions.UploadBytesPerDay"/>):
/// beyond them an upload is 429 with <c>Retry-After</c>. Asked before a file is read and again once its size is
/// known; only an accepted upload is counted. Coordinators have no such limit.
/// </summary>
public sealed class UploadLinkQuota(IGrainFactory grains, IOptions<FairtradeOptions> options)
{
    /// <summary>The refusal, if the caller is an upload link that may not send <paramref name="bytes"/> more now.</summary>
    public async Task<IResult?> RefuseAsync(ClaimsPrincipal user, long bytes, HttpContext http)
    {
        if (Grain(user) is not { } quota)
        {
            return null;
        }

        var limits = options.Value.Limits;
        var wait = await quota.WaitForAsync(bytes, new UploadLimits(limits.UploadsPerHour, limits.UploadBytesPerDay));
        if (wait <= TimeSpan.Zero)
        {
            return null;
        }

        http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            $"This link may send {limits.UploadsPerHour} files an hour and {limits.UploadBytesPerDay / (1024 * 1024)} MiB a day; try again in {Describe(wait)}.",
            statusCode: StatusCodes.Status429TooManyRequests);
    }

    /// <summary>Counts an accepted upload against the caller's link, if it is one.</summary>
    public Task CountAsync(ClaimsPrincipal user, long bytes) => Grain(user)?.CountAsync(bytes) ?? Task.CompletedTask;

    private IUploadQuotaGrain? Grain(ClaimsPrincipal user) =>
        user.LinkedParticipant() is var (town, participant) && user.LinkId() is { } link
            ? grains.GetGrain<IUploadQuotaGrain>(GrainKeys.UploadQuota(town, participant, link))
            : null;

    private static string Describe(TimeSpan wait) =>
        wait < TimeSpan.FromMinutes(1) ? "a minute"
        : wait < TimeSpan.FromHours(1) ? $"{Math.Ceiling(wait.TotalMinutes)} minutes"
        : $"{Math.Ceiling(wait.TotalHours)} hours";
}
