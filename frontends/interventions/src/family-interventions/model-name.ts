/** The programme numbers its six models; workers know them as "2. Key working and Team Around the Family". */
export const modelName = (model: { number: number; name: string }) => `${model.number}. ${model.name}`;
