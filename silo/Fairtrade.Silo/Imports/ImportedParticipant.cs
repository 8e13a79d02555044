using Fairtrade.Silo.Participants;

namespace Fairtrade.Silo.Imports;

/// <summary>A participant's row, checked as the API checks a new participant.</summary>
/// <param name="EvidenceDated">The day of evidence the coordinator holds (a declaration, when the service has none of that day).</param>
public sealed record ImportedParticipant(ImportRow Row, CreateParticipantRequest Request, DateOnly? EvidenceDated, AddActivityRequest? Activity);
