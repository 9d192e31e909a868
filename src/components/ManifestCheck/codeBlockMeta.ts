import {createContext, useContext} from 'react';

/**
 * The code fence's meta string (`title="pod.yaml" not-k8s`), which Docusaurus
 * does not put in the code block's own context; src/theme/CodeBlock provides it.
 */
export const CodeBlockMetaContext = createContext<string | undefined>(undefined);

export const useCodeBlockMetastring = (): string | undefined => useContext(CodeBlockMetaContext);
