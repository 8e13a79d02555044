using Fairtrade.Silo.TownCriteria;

namespace Fairtrade.Silo.Imports;

public sealed record ImportedMember(ImportRow Row, AddMemberRequest Request);
