namespace Fairtrade.Silo.Hosting;

public static class StartupChecksExtensions
{
    /// <summary>Checks at the very start of the silo that its database and Redis answer (see <see cref="StartupChecks"/>).</summary>
    public static ISiloBuilder AddStartupChecks(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, StartupChecks>();
        return silo;
    }
}
