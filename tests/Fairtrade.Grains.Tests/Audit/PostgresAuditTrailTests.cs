using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Audit;

public sealed class PostgresAuditTrailTests(PostgresDatabases databases) : AuditTrailContract(databases);
