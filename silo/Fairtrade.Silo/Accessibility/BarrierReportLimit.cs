using System.Threading.RateLimiting;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Accessibility;

/// <summary>
/// Barrier reports per client address and hour (<see cref="LimitOptions.BarrierReportsPerHour"/>): anyone may report
/// without an account, so one address may not fill the admin's list or the operator's mailbox. Beyond the limit the
/// answer is 429 with <c>Retry-After</c>, as at the sign-in.
/// </summary>
public static class BarrierReportLimit
{
    public const string Policy = "barrier-report";

    public static WebApplicationBuilder AddBarrierReportLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options => options.AddPolicy(Policy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = context.RequestServices.GetRequiredService<IOptions<FairtradeOptions>>().Value.Limits.BarrierReportsPerHour,
                Window = TimeSpan.FromHours(1),
                QueueLimit = 0,
            })));
        return builder;
    }
}
