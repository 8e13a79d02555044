using Fairtrade.Grains.Tests.Infrastructure;

namespace Fairtrade.Grains.Tests.Audit;

public sealed class SqliteAuditTrailTests(SqliteDatabases databases) : AuditTrailContract(databases), IClassFixture<SqliteDatabases>;
