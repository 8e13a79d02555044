using Fairtrade.Silo.Directories;

namespace Fairtrade.Silo.Accounts;

public static class AccountsExtensions
{
    public static WebApplicationBuilder AddFairtradeAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Passwords>();
        builder.Services.AddSingleton<KnownTowns>();
        builder.Services.AddSingleton<KnownAccounts>();
        builder.Services.AddSingleton<AccountSignIn>();
        builder.Services.AddSingleton<UnknownNameLockout>();
        builder.Services.AddHostedService<FirstAdmin>();
        return builder;
    }
}
