import "server-only";
import { createHash } from "node:crypto";
import type { CardKind, CardStage } from "@/server/generated/prisma/client";

/** A personal card as the owner sees it (list, edit, import results). */
export interface PersonalCardDto {
  id: string;
  kind: CardKind;
  front: string;
  back: string;
  hint: string | null;
  tags: string[];
  topicId: string | null;
  topicTitle: string | null;
  /** The fact it is about, if it was added from one. */
  factId: string | null;
  createdAt: string;
  /** The owner's schedule of the card. */
  state: { stage: CardStage; due: string; reps: number; lapses: number; suspended: boolean };
}

/** Same text, same hash: an edit that changes nothing writes nothing. */
export function personalCardHash(card: { kind: CardKind; front: string; back: string; hint: string | null }): string {
  return createHash("sha256").update(JSON.stringify([card.kind, card.front, card.back, card.hint])).digest("hex").slice(0, 16);
}

/** Prisma select for a DTO; `states` is narrowed to the owner in each query. */
export const personalCardSelect = (userId: string) =>
  ({
    id: true,
    kind: true,
    front: true,
    back: true,
    hint: true,
    tags: true,
    topicId: true,
    factIds: true,
    createdAt: true,
    topic: { select: { title: true } },
    states: { where: { userId }, select: { state: true, due: true, reps: true, lapses: true, suspended: true } },
  }) as const;

type SelectedCard = {
  id: string;
  kind: CardKind;
  front: string;
  back: string;
  hint: string | null;
  tags: string[];
  topicId: string | null;
  factIds: string[];
  createdAt: Date;
  topic: { title: string } | null;
  states: { state: CardStage; due: Date; reps: number; lapses: number; suspended: boolean }[];
};

export function toPersonalCardDto(card: SelectedCard): PersonalCardDto {
  const state = card.states[0];
  return {
    id: card.id,
    kind: card.kind,
    front: card.front,
    back: card.back,
    hint: card.hint,
    tags: card.tags,
    topicId: card.topicId,
    topicTitle: card.topic?.title ?? null,
    factId: card.factIds[0] ?? null,
    createdAt: card.createdAt.toISOString(),
    state: state
      ? { stage: state.state, due: state.due.toISOString(), reps: state.reps, lapses: state.lapses, suspended: state.suspended }
      : { stage: "new", due: card.createdAt.toISOString(), reps: 0, lapses: 0, suspended: false },
  };
}
