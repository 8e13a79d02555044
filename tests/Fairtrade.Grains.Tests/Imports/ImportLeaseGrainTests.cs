using Fairtrade.Abstractions;
using Fairtrade.Grains.Tests.Infrastructure;
using static Fairtrade.Grains.Tests.Infrastructure.Towns;

namespace Fairtrade.Grains.Tests.Imports;

[Collection(SiloCollection.Name)]
public sealed class ImportLeaseGrainTests(SiloFixture fixture)
{
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);
    private readonly IGrainFactory _grains = fixture.Silo.Grains;

    [Fact]
    public async Task OneImportAtATimeThenTheNext()
    {
        var lease = _grains.ImportLease(NewSlug());
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());

        (await lease.TryTakeAsync(first, TenMinutes)).ShouldBeTrue();
        (await lease.TryTakeAsync(second, TenMinutes)).ShouldBeFalse("the first import still runs");
        await lease.ReleaseAsync(second);
        (await lease.TryTakeAsync(second, TenMinutes)).ShouldBeFalse("only the holder gives the lease back");
        await lease.ReleaseAsync(first);
        (await lease.TryTakeAsync(second, TenMinutes)).ShouldBeTrue();
    }

    [Fact]
    public async Task ALeaseThatRanOutFreesTheTown()
    {
        var lease = _grains.ImportLease(NewSlug());

        (await lease.TryTakeAsync(Guid.NewGuid(), TimeSpan.Zero)).ShouldBeTrue();

        (await lease.TryTakeAsync(Guid.NewGuid(), TenMinutes)).ShouldBeTrue("a holder that never came back does not lock the town");
    }
}
