using System.Globalization;
using System.Threading.RateLimiting;
using Fairtrade.Silo.Hosting;
using Microsoft.Extensions.Options;

namespace Fairtrade.Silo.Security;

/// <summary>
/// Sign-in attempts per client address and minute (<see cref="LimitOptions.SignInPerMinute"/>): each attempt costs a
/// password hash, a few hundred milliseconds of a core, so a flood from one address would starve everyone else.
/// Beyond the limit the answer is 429 with <c>Retry-After</c>: problem details on the API, a page in words on pages
/// (the status code pages write both).
/// </summary>
public static class SignInLimit
{
    public const string Policy = "sign-in";

    public static WebApplicationBuilder AddSignInLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                // Showing the form is free; sending it is an attempt.
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<FairtradeOptions>>().Value.Limits.SignInPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
        });
        return builder;
    }
}
