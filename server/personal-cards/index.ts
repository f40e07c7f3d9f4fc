import "server-only";
// The personal-card service: the routes, the pages and the import/export use these names.
export { createPersonalCard, createPersonalCards, insertPersonalCards, PERSONAL_ADDED_FROM, type CreatePersonalCardsOptions } from "./create-personal-cards";
export { updatePersonalCard } from "./update-personal-card";
export { deletePersonalCard } from "./delete-personal-card";
export { getPersonalCard, listPersonalCards, listPersonalCardTags, PERSONAL_CARDS_PAGE_SIZE, type PersonalCardPage } from "./list-personal-cards";
export { personalCardHash, type PersonalCardDto } from "./personal-card-dto";
export { findCardAttachment } from "./attachments";
