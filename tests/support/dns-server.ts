import { createSocket } from "node:dgram";
import type { AddressInfo } from "node:net";
import * as packet from "dns-packet";

/**
 * A real DNS server on a free UDP port, answering TXT questions from `records` (name → strings; a missing name is
 * NXDOMAIN). Point Kizuna at it with KIZUNA_DNS_SERVERS = `server.address`.
 */
export async function startDnsServer(records: Map<string, string[]>, port = 0) {
  const socket = createSocket("udp4");
  socket.on("message", (message, from) => {
    const query = packet.decode(message);
    const question = query.questions?.[0];
    const values = question && question.type === "TXT" ? records.get(question.name.toLowerCase()) : undefined;
    const reply = packet.encode({
      id: query.id,
      type: "response",
      flags: packet.RECURSION_DESIRED | packet.RECURSION_AVAILABLE | (question && !records.has(question.name.toLowerCase()) ? 3 : 0),
      questions: query.questions,
      answers: (values ?? []).map((value) => ({ type: "TXT" as const, name: question!.name, ttl: 60, class: "IN" as const, data: value })),
    });
    socket.send(reply, from.port, from.address);
  });
  await new Promise<void>((resolve) => socket.bind(port, "127.0.0.1", resolve));
  const bound = (socket.address() as AddressInfo).port;
  return { address: `127.0.0.1:${bound}`, close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}
